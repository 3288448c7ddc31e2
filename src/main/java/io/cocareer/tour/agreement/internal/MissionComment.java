package io.cocareer.tour.agreement.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;

/** A remark in a tour's mission conversation, optionally about one revision. */
@Entity
@Table(name = "tour_mission_comment")
public class MissionComment {

	public static final int MAX_BODY = 2000;

	@Id
	private UUID id;

	private UUID tourId;

	private Integer revisionNo;

	private String body;

	private UUID authorAccount;

	private UUID authorPersonId;

	/** Only for an author who is no person: for a person, the name is looked up. */
	private String authorName;

	private Instant createdAt;

	protected MissionComment() {
		// for JPA
	}

	public static MissionComment of(UUID tourId, Integer revisionNo, String body, UUID byAccount, ActedBy by,
			Instant now) {
		String clean = (body == null) ? "" : body.strip().replace("\r\n", "\n");
		if (clean.isEmpty()) {
			throw new InvalidInput("body", "tour.field.required", "Required");
		}
		if (clean.length() > MAX_BODY) {
			throw new InvalidInput("body", "tour.field.tooLong", "At most %d characters".formatted(MAX_BODY), MAX_BODY);
		}
		MissionComment comment = new MissionComment();
		comment.id = UUID.randomUUID();
		comment.tourId = tourId;
		comment.revisionNo = revisionNo;
		comment.body = clean;
		comment.authorAccount = byAccount;
		comment.authorPersonId = PersonId.valueOf(by.personId());
		comment.authorName = by.accountName();
		comment.createdAt = now;
		return comment;
	}

	public UUID id() {
		return this.id;
	}

	public Integer revisionNo() {
		return this.revisionNo;
	}

	public String body() {
		return this.body;
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
