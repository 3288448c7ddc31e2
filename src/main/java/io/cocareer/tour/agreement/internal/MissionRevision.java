package io.cocareer.tour.agreement.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.agreement.MissionText;

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

	private UUID authorPersonId;

	/** Only for an author who is no person: for a person, the name is looked up. */
	private String authorName;

	private Instant createdAt;

	@Transient
	private boolean fresh = true;

	protected MissionRevision() {
		// for JPA
	}

	/**
	 * The revision after {@code previous} ({@code null}: the first), with every field checked: the
	 * writer's side must fill what {@link MissionText#requiredFor} names; the rest may wait.
	 * @param organisation whether the writer speaks for the organisation (manager, talent lead)
	 */
	public static MissionRevision after(MissionRevision previous, UUID tourId, MissionText text, boolean organisation,
			UUID byAccount, ActedBy by, Instant now) {
		java.util.Set<String> required = MissionText.requiredFor(organisation);
		List<InvalidInput> problems = new ArrayList<>();
		for (String field : MissionText.FIELDS) {
			problem(field, text.field(field), required.contains(field)).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		MissionRevision revision = new MissionRevision();
		revision.id = UUID.randomUUID();
		revision.tourId = tourId;
		revision.revisionNo = (previous != null) ? previous.revisionNo + 1 : 1;
		revision.objective = clean(text.objective());
		revision.companyGains = clean(text.companyGains());
		revision.talentGains = clean(text.talentGains());
		revision.successMeasures = clean(text.successMeasures());
		revision.authorAccount = byAccount;
		revision.authorPersonId = PersonId.valueOf(by.personId());
		revision.authorName = by.accountName();
		revision.createdAt = now;
		return revision;
	}

	/** What is wrong with a field's text, if anything: missing while required, or too long. */
	public static java.util.Optional<InvalidInput> problem(String field, String value, boolean required) {
		String clean = clean(value);
		if (clean == null && required) {
			return java.util.Optional.of(new InvalidInput(field, "tour.field.required", "Required"));
		}
		if (clean != null && clean.length() > MAX_TEXT) {
			return java.util.Optional.of(new InvalidInput(field, "tour.field.tooLong",
					"At most %d characters".formatted(MAX_TEXT), MAX_TEXT));
		}
		return java.util.Optional.empty();
	}

	private static String clean(String value) {
		String clean = (value == null) ? "" : value.strip().replace("\r\n", "\n");
		return clean.isEmpty() ? null : clean;
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

	/** The author's name when they are no person ({@link #authorPersonId()} is then {@code null}). */
	public String authorName() {
		return this.authorName;
	}

	public UUID authorPersonId() {
		return this.authorPersonId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
