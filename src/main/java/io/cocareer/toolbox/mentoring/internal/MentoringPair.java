package io.cocareer.toolbox.mentoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.toolbox.mentoring.PairSide;
import io.cocareer.toolbox.mentoring.PairStatus;

/**
 * A mentor and a mentee of a cohort: a draft of the matching with its score and reasons, then
 * active while the cohort runs (with their agreement, which both accept), then ended.
 */
@Entity
@Table(name = "toolbox_mentoring_pair")
public class MentoringPair {

	@Id
	private UUID id;

	private UUID cohortId;

	private UUID menteeId;

	private UUID mentorId;

	private UUID menteePersonId;

	private UUID mentorPersonId;

	private int score;

	private String reasons;

	private boolean pinned;

	@Enumerated(EnumType.STRING)
	private PairStatus status;

	private String agreementGoals;

	private String agreementRhythm;

	private String agreementConfidentiality;

	private LocalDate mentorAcceptedOn;

	private LocalDate menteeAcceptedOn;

	private LocalDate endedOn;

	private Instant createdAt;

	@Version
	private Long version;

	protected MentoringPair() {
		// for JPA
	}

	public MentoringPair(UUID cohortId, UUID menteeId, UUID mentorId, UUID menteePersonId, UUID mentorPersonId,
			int score, String reasons, boolean pinned, Instant now) {
		this.id = UUID.randomUUID();
		this.cohortId = cohortId;
		this.menteeId = menteeId;
		this.mentorId = mentorId;
		this.menteePersonId = menteePersonId;
		this.mentorPersonId = mentorPersonId;
		this.score = score;
		this.reasons = reasons;
		this.pinned = pinned;
		this.status = PairStatus.DRAFT;
		this.createdAt = now;
	}

	public void activate() {
		this.status = PairStatus.ACTIVE;
	}

	public void end(LocalDate on) {
		if (this.status == PairStatus.ACTIVE) {
			this.status = PairStatus.ENDED;
			this.endedOn = on;
		}
	}

	public void requireActive() {
		if (this.status != PairStatus.ACTIVE) {
			throw new BusinessRuleViolation("toolbox.mentoring.rule.pairNotActive",
					"This pair is not running: its agreement and meetings no longer change");
		}
	}

	/** New terms: both sides accept them again. */
	public void agree(String goals, String rhythm, String confidentiality) {
		requireActive();
		this.agreementGoals = goals;
		this.agreementRhythm = rhythm;
		this.agreementConfidentiality = confidentiality;
		this.mentorAcceptedOn = null;
		this.menteeAcceptedOn = null;
	}

	public void accept(PairSide side, LocalDate on) {
		requireActive();
		if (this.agreementGoals == null) {
			throw new BusinessRuleViolation("toolbox.mentoring.rule.noAgreement",
					"Write the agreement before accepting it");
		}
		if (side == PairSide.MENTOR) {
			this.mentorAcceptedOn = on;
		}
		else {
			this.menteeAcceptedOn = on;
		}
	}

	public void eraseTexts() {
		this.agreementGoals = null;
		this.agreementRhythm = null;
		this.agreementConfidentiality = null;
	}

	/** For the demo: dates moved back by whole days. */
	void backdate(int days) {
		if (this.mentorAcceptedOn != null) {
			this.mentorAcceptedOn = this.mentorAcceptedOn.minusDays(days);
		}
		if (this.menteeAcceptedOn != null) {
			this.menteeAcceptedOn = this.menteeAcceptedOn.minusDays(days);
		}
		if (this.endedOn != null) {
			this.endedOn = this.endedOn.minusDays(days);
		}
	}

	public boolean agreed() {
		return this.agreementGoals != null && this.mentorAcceptedOn != null && this.menteeAcceptedOn != null;
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

	public UUID menteePersonId() {
		return this.menteePersonId;
	}

	public UUID mentorPersonId() {
		return this.mentorPersonId;
	}

	public int score() {
		return this.score;
	}

	public String reasons() {
		return this.reasons;
	}

	public boolean pinned() {
		return this.pinned;
	}

	public PairStatus status() {
		return this.status;
	}

	public String agreementGoals() {
		return this.agreementGoals;
	}

	public String agreementRhythm() {
		return this.agreementRhythm;
	}

	public String agreementConfidentiality() {
		return this.agreementConfidentiality;
	}

	public LocalDate mentorAcceptedOn() {
		return this.mentorAcceptedOn;
	}

	public LocalDate menteeAcceptedOn() {
		return this.menteeAcceptedOn;
	}

	public LocalDate endedOn() {
		return this.endedOn;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
