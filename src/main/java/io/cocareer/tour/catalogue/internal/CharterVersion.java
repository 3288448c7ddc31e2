package io.cocareer.tour.catalogue.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;

import org.springframework.data.domain.Persistable;

/**
 * One version of the programme charter. Versions are never changed: every save writes the next
 * one, so what a tour was agreed under can always be read again.
 */
@Entity
@Table(name = "tour_charter")
public class CharterVersion implements Persistable<Integer> {

	public static final int MAX_BODY = 8000;

	@Id
	private int versionNo;

	private String body;

	/** Only for an author who is no person: for a person, the name is looked up. */
	private String author;

	private UUID authorPersonId;

	private Instant createdAt;

	/** Always inserted, never merged: two saves of the same next version must collide, not overwrite. */
	@Transient
	private boolean fresh = true;

	protected CharterVersion() {
		// for JPA
	}

	/** The version after {@code previous} ({@code null} for the first), with the text checked. */
	public static CharterVersion after(CharterVersion previous, String body, ActedBy author, Instant now) {
		if (body == null || body.isBlank()) {
			throw new InvalidInput("body", "tour.field.required", "Required");
		}
		String clean = body.strip().replace("\r\n", "\n");
		if (clean.length() > MAX_BODY) {
			throw new InvalidInput("body", "tour.field.tooLong", "At most %d characters".formatted(MAX_BODY), MAX_BODY);
		}
		CharterVersion version = new CharterVersion();
		version.versionNo = (previous != null) ? previous.versionNo + 1 : 1;
		version.body = clean;
		version.authorPersonId = PersonId.valueOf(author.personId());
		version.author = author.accountName();
		version.createdAt = now;
		return version;
	}

	@PostLoad
	void loaded() {
		this.fresh = false;
	}

	@Override
	public Integer getId() {
		return this.versionNo;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	public int versionNo() {
		return this.versionNo;
	}

	public String body() {
		return this.body;
	}

	/** The author's name when they are no person ({@link #authorPersonId()} is then {@code null}). */
	public String author() {
		return this.author;
	}

	public UUID authorPersonId() {
		return this.authorPersonId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
