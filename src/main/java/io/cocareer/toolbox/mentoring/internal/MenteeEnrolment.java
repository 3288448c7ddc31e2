package io.cocareer.toolbox.mentoring.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.toolbox.mentoring.EnrolmentStatus;
import io.cocareer.toolbox.mentoring.PreviousMentor;
import io.cocareer.toolbox.mentoring.UnmatchedReason;

/** A talent mentored in a cohort: their goals (as topics) and preferences, and why the last run left them unmatched. */
@Entity
@Table(name = "toolbox_mentoring_mentee")
public class MenteeEnrolment {

	@Id
	private UUID id;

	private UUID cohortId;

	private UUID personId;

	private String goals;

	private UUID preferredMentorId;

	private boolean preferOtherUnit;

	@Enumerated(EnumType.STRING)
	private PreviousMentor previousMentor;

	@Enumerated(EnumType.STRING)
	private EnrolmentStatus status;

	@Enumerated(EnumType.STRING)
	private UnmatchedReason unmatchedReason;

	private Instant enrolledAt;

	@Version
	private Long version;

	protected MenteeEnrolment() {
		// for JPA
	}

	public MenteeEnrolment(UUID cohortId, UUID personId, String goals, UUID preferredMentorId,
			boolean preferOtherUnit, PreviousMentor previousMentor, Instant now) {
		this.id = UUID.randomUUID();
		this.cohortId = cohortId;
		this.personId = personId;
		this.goals = goals;
		this.preferredMentorId = preferredMentorId;
		this.preferOtherUnit = preferOtherUnit;
		this.previousMentor = previousMentor;
		this.status = EnrolmentStatus.ENROLLED;
		this.enrolledAt = now;
	}

	public void unmatched(UnmatchedReason reason) {
		this.unmatchedReason = reason;
	}

	public void withdraw() {
		this.status = EnrolmentStatus.WITHDRAWN;
		this.unmatchedReason = null;
	}

	public void eraseTexts() {
		this.goals = null;
		this.preferredMentorId = null;
	}

	public void forgetPreferredMentor() {
		this.preferredMentorId = null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID cohortId() {
		return this.cohortId;
	}

	public UUID personId() {
		return this.personId;
	}

	public String goals() {
		return this.goals;
	}

	public UUID preferredMentorId() {
		return this.preferredMentorId;
	}

	public boolean preferOtherUnit() {
		return this.preferOtherUnit;
	}

	public PreviousMentor previousMentor() {
		return this.previousMentor;
	}

	public EnrolmentStatus status() {
		return this.status;
	}

	public boolean enrolled() {
		return this.status == EnrolmentStatus.ENROLLED;
	}

	public UnmatchedReason unmatchedReason() {
		return this.unmatchedReason;
	}

	public Instant enrolledAt() {
		return this.enrolledAt;
	}

}
