package io.cocareer.network.recruit.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.network.recruit.CandidateStage;
import io.cocareer.network.recruit.SaveCandidate;
import io.cocareer.shared.PersonId;

/**
 * A candidate: not a person of the organisation until hired, then linked to the person they
 * became by id. Their network assets are {@link CandidateAsset}s.
 */
@Entity
@Table(name = "network_candidate")
public class Candidate {

	@Id
	private UUID id;

	private String name;

	private String roleAppliedFor;

	@Enumerated(EnumType.STRING)
	private CandidateStage stage;

	private String note;

	private UUID hiringManagerId;

	private UUID personId;

	private Instant createdAt;

	private Instant updatedAt;

	// a wrapper: null until stored, so that saving a new candidate persists it
	@Version
	private Long version;

	protected Candidate() {
		// for JPA
	}

	public Candidate(SaveCandidate details, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		change(details, now);
	}

	/** Takes the details as given; the service has checked them. */
	public void change(SaveCandidate details, Instant now) {
		this.name = details.name();
		this.roleAppliedFor = details.roleAppliedFor();
		this.stage = details.stage();
		this.note = details.note();
		this.hiringManagerId = PersonId.valueOf(details.hiringManagerId());
		this.updatedAt = now;
	}

	/** Hired: they are this person now. */
	public void hiredAs(UUID personId, Instant now) {
		this.personId = personId;
		this.stage = CandidateStage.HIRED;
		this.updatedAt = now;
	}

	/** The hiring manager was erased: the candidate no longer names them. */
	public void forgetHiringManager() {
		this.hiringManagerId = null;
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String roleAppliedFor() {
		return this.roleAppliedFor;
	}

	public CandidateStage stage() {
		return this.stage;
	}

	public String note() {
		return this.note;
	}

	public UUID hiringManagerId() {
		return this.hiringManagerId;
	}

	public UUID personId() {
		return this.personId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
