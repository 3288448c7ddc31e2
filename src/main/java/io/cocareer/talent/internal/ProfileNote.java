package io.cocareer.talent.internal;

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

	private String authorName;

	private String body;

	private Instant createdAt;

	protected ProfileNote() {
		// for JPA
	}

	public static ProfileNote write(UUID personId, UUID authorAccountId, String authorName, String body, Instant now) {
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
		note.authorName = authorName;
		note.body = body.strip();
		note.createdAt = now;
		return note;
	}

	public UUID id() {
		return this.id;
	}

}
