package io.cocareer.alumni.mobility.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published version of the mobility policy: written once, never changed (a new version is a new row). */
@Entity
@Table(name = "alumni_mobility_policy")
public class PolicyVersion {

	@Id
	private UUID id;

	private int number;

	private String title;

	private String body;

	private String whatChanged;

	private Instant publishedAt;

	private UUID publishedBy;

	protected PolicyVersion() {
		// for JPA
	}

	public PolicyVersion(int number, String title, String body, String whatChanged, Instant publishedAt,
			UUID publishedBy) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.title = title;
		this.body = body;
		this.whatChanged = whatChanged;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
	}

	/** The person who published it is erased: the version stays the organisation's, naming nobody. */
	public void forgetPublisher() {
		this.publishedBy = null;
	}

	/** For the demo only: the version was published earlier. */
	public void backdate(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	public UUID id() {
		return this.id;
	}

	public int number() {
		return this.number;
	}

	public String title() {
		return this.title;
	}

	public String body() {
		return this.body;
	}

	public String whatChanged() {
		return this.whatChanged;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public UUID publishedBy() {
		return this.publishedBy;
	}

}
