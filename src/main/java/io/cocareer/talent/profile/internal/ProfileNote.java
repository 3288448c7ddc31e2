package io.cocareer.talent.profile.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.shared.InvalidInput;

/** A note about a talent by their manager or the talent lead. Notes are never edited. */
@Entity
@Table(name = "profile_note")
public class ProfileNote {

	public static final int MAX_BODY = 4000;

	@Id
	private UUID id;

	private UUID personId;

	private UUID authorAccountId;

	private UUID authorPersonId;

	/** Only for an author who is no person of the organisation: for a person, the name is looked up. */
	private String authorName;

	private String body;

	private Instant createdAt;

	protected ProfileNote() {
		// for JPA
	}

	/**
	 * A note by the author with this account and person; {@code accountName} is kept only when the
	 * author is no person, so that a person's note never holds a copy of their name.
	 */
	public static ProfileNote write(UUID personId, UUID authorAccountId, UUID authorPersonId, String accountName,
			String body, Instant now) {
		if (body == null || body.isBlank()) {
			throw new InvalidInput("body", "talent.note.bodyRequired", "Write the note");
		}
		if (body.strip().length() > MAX_BODY) {
			throw new InvalidInput("body", "talent.note.bodyTooLong", "At most %d characters".formatted(MAX_BODY),
					MAX_BODY);
		}
		ProfileNote note = new ProfileNote();
		note.id = UUID.randomUUID();
		note.personId = personId;
		note.authorAccountId = authorAccountId;
		note.authorPersonId = authorPersonId;
		note.authorName = (authorPersonId != null) ? null : accountName;
		note.body = body.strip();
		note.createdAt = now;
		return note;
	}

	public UUID id() {
		return this.id;
	}

}
