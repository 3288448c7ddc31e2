package io.cocareer.alumni.portal.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An alumnus said "I'm interested" in an opportunity or a role. */
@Entity
@Table(name = "alumni_post_interest")
public class PostInterest {

	@Id
	private UUID id;

	private UUID postId;

	private UUID personId;

	private UUID interactionId;

	private Instant createdAt;

	protected PostInterest() {
		// for JPA
	}

	public PostInterest(UUID postId, UUID personId, UUID interactionId, Instant now) {
		this.id = UUID.randomUUID();
		this.postId = postId;
		this.personId = personId;
		this.interactionId = interactionId;
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID postId() {
		return this.postId;
	}

	public UUID personId() {
		return this.personId;
	}

	public UUID interactionId() {
		return this.interactionId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
