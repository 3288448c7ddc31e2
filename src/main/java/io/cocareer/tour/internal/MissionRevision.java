package io.cocareer.tour.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.cocareer.shared.InvalidInput;
import io.cocareer.tour.MissionText;

import org.springframework.data.domain.Persistable;

/**
 * One revision of a tour's mission, as someone saved it. Revisions are never changed: each save
 * is the next number, and the database refuses a second revision with the same number, so two
 * people saving on the same base cannot both be stored.
 */
@Entity
@Table(name = "tour_mission_revision")
public class MissionRevision implements Persistable<UUID> {

	public static final int MAX_TEXT = 4000;

	@Id
	private UUID id;

	private UUID tourId;

	private int revisionNo;

	private String objective;

	private String companyGains;

	private String talentGains;

	private String successMeasures;

	private UUID authorAccount;

	private String authorName;

	private Instant createdAt;

	@Transient
	private boolean fresh = true;

	protected MissionRevision() {
		// for JPA
	}

	/** The revision after {@code previous} ({@code null}: the first), with every field checked. */
	public static MissionRevision after(MissionRevision previous, UUID tourId, MissionText text, UUID byAccount,
			String byName, Instant now) {
		MissionRevision revision = new MissionRevision();
		revision.id = UUID.randomUUID();
		revision.tourId = tourId;
		revision.revisionNo = (previous != null) ? previous.revisionNo + 1 : 1;
		revision.objective = clean("objective", text.objective());
		revision.companyGains = clean("companyGains", text.companyGains());
		revision.talentGains = clean("talentGains", text.talentGains());
		revision.successMeasures = clean("successMeasures", text.successMeasures());
		revision.authorAccount = byAccount;
		revision.authorName = byName;
		revision.createdAt = now;
		return revision;
	}

	private static String clean(String field, String value) {
		String clean = (value == null) ? "" : value.strip().replace("\r\n", "\n");
		if (clean.isEmpty()) {
			throw new InvalidInput(field, "tour.field.required", "Required");
		}
		if (clean.length() > MAX_TEXT) {
			throw new InvalidInput(field, "tour.field.tooLong", "At most %d characters".formatted(MAX_TEXT), MAX_TEXT);
		}
		return clean;
	}

	@PostLoad
	void loaded() {
		this.fresh = false;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	public MissionText text() {
		return new MissionText(this.objective, this.companyGains, this.talentGains, this.successMeasures);
	}

	public UUID tourId() {
		return this.tourId;
	}

	public int revisionNo() {
		return this.revisionNo;
	}

	public UUID authorAccount() {
		return this.authorAccount;
	}

	public String authorName() {
		return this.authorName;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
