package io.cocareer.toolbox.mentoring.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.toolbox.mentoring.RuleKind;

/** The talent lead's pin or ban on one (mentee, mentor) pair of a cohort, by enrolment. */
@Entity
@Table(name = "toolbox_mentoring_rule")
public class PairRule {

	@Id
	private UUID id;

	private UUID cohortId;

	private UUID menteeId;

	private UUID mentorId;

	@Enumerated(EnumType.STRING)
	private RuleKind kind;

	private Instant createdAt;

	protected PairRule() {
		// for JPA
	}

	public PairRule(UUID cohortId, UUID menteeId, UUID mentorId, RuleKind kind, Instant now) {
		this.id = UUID.randomUUID();
		this.cohortId = cohortId;
		this.menteeId = menteeId;
		this.mentorId = mentorId;
		this.kind = kind;
		this.createdAt = now;
	}

	public void change(RuleKind to) {
		this.kind = to;
	}

	public UUID id() {
		return this.id;
	}

	public UUID cohortId() {
		return this.cohortId;
	}

	public UUID menteeId() {
		return this.menteeId;
	}

	public UUID mentorId() {
		return this.mentorId;
	}

	public RuleKind kind() {
		return this.kind;
	}

}
