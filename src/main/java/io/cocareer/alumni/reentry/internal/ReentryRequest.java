package io.cocareer.alumni.reentry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.reentry.AskToReturn;
import io.cocareer.alumni.reentry.ReentryOrigin;
import io.cocareer.alumni.reentry.ReentryStatus;
import io.cocareer.alumni.reentry.SaveEvaluation;
import io.cocareer.shared.BusinessRuleViolation;

/**
 * A request to come back and its evaluation: asked, under evaluation, decided, rehired. It is
 * open until decided not now or no, or until a fit is rehired.
 */
@Entity
@Table(name = "alumni_reentry_request")
public class ReentryRequest {

	@Id
	private UUID id;

	private UUID personId;

	@Enumerated(EnumType.STRING)
	private ReentryOrigin origin;

	private UUID startedBy;

	private String targetRole;

	private LocalDate availableFrom;

	private String employersSince;

	private String newSkills;

	private String whyReturn;

	@Enumerated(EnumType.STRING)
	private ReentryStatus status;

	private UUID hiringManagerId;

	private boolean rootCauseFixed;

	private String rootCauseNote;

	private Integer priorRating;

	private Integer interimRelevance;

	private Boolean coordinationHeavy;

	private Boolean outsiderResistant;

	private Boolean realisticPremium;

	private String premiumNote;

	private String eligibilityOverrideNote;

	private Instant evaluatedAt;

	@Enumerated(EnumType.STRING)
	private ReentryDecision decision;

	private String rationale;

	private LocalDate decidedOn;

	private UUID decidedBy;

	private LocalDate rehiredOn;

	private Instant createdAt;

	// a wrapper: null until stored, so that saving a new request persists it
	@Version
	private Long version;

	protected ReentryRequest() {
		// for JPA
	}

	public ReentryRequest(UUID personId, ReentryOrigin origin, UUID startedBy, AskToReturn ask, Instant now) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.origin = origin;
		this.startedBy = startedBy;
		this.targetRole = ask.targetRole();
		this.availableFrom = ask.availableFrom();
		this.employersSince = ask.employersSince();
		this.newSkills = ask.newSkills();
		this.whyReturn = ask.whyReturn();
		this.status = ReentryStatus.ASKED;
		this.createdAt = now;
	}

	/** Whether it still stands in the way of a second request: not decided, or a fit not yet rehired. */
	public boolean open() {
		return this.status == ReentryStatus.ASKED || this.status == ReentryStatus.UNDER_EVALUATION
				|| (this.status == ReentryStatus.DECIDED && this.decision == ReentryDecision.FIT);
	}

	public void evaluate(SaveEvaluation evaluation, Instant now) {
		if (this.status == ReentryStatus.DECIDED || this.status == ReentryStatus.REHIRED) {
			throw new BusinessRuleViolation("alumni.reentry.alreadyDecided", "This request is already decided");
		}
		this.hiringManagerId = evaluation.hiringManagerId();
		this.priorRating = evaluation.priorRating();
		this.interimRelevance = evaluation.interimRelevance();
		this.rootCauseFixed = evaluation.rootCauseFixed();
		this.rootCauseNote = evaluation.rootCauseNote();
		this.coordinationHeavy = evaluation.coordinationHeavy();
		this.outsiderResistant = evaluation.outsiderResistant();
		this.realisticPremium = evaluation.realisticPremium();
		this.premiumNote = evaluation.premiumNote();
		this.eligibilityOverrideNote = evaluation.eligibilityOverrideNote();
		this.evaluatedAt = now;
		this.status = ReentryStatus.UNDER_EVALUATION;
	}

	public void decide(ReentryDecision decision, String rationale, LocalDate on, UUID by) {
		if (this.status == ReentryStatus.DECIDED || this.status == ReentryStatus.REHIRED) {
			throw new BusinessRuleViolation("alumni.reentry.alreadyDecided", "This request is already decided");
		}
		this.decision = decision;
		this.rationale = rationale;
		this.decidedOn = on;
		this.decidedBy = by;
		this.status = ReentryStatus.DECIDED;
	}

	public void rehired(LocalDate on) {
		if (this.status != ReentryStatus.DECIDED || this.decision != ReentryDecision.FIT) {
			throw new BusinessRuleViolation("alumni.reentry.rehire.notFit", "Only a request decided as a fit is rehired");
		}
		this.rehiredOn = on;
		this.status = ReentryStatus.REHIRED;
	}

	/** The person was erased: their words go; the request stays as a count, naming nobody's words. */
	public void forgetWords() {
		this.targetRole = null;
		this.employersSince = null;
		this.newSkills = null;
		this.whyReturn = null;
		this.rootCauseNote = null;
		this.premiumNote = null;
		this.eligibilityOverrideNote = null;
		this.rationale = null;
	}

	/** Someone else was erased: whatever named them goes. */
	public void forgetPerson(UUID erased) {
		if (erased.equals(this.startedBy)) {
			this.startedBy = null;
		}
		if (erased.equals(this.hiringManagerId)) {
			this.hiringManagerId = null;
		}
		if (erased.equals(this.decidedBy)) {
			this.decidedBy = null;
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public ReentryOrigin origin() {
		return this.origin;
	}

	public UUID startedBy() {
		return this.startedBy;
	}

	public String targetRole() {
		return this.targetRole;
	}

	public LocalDate availableFrom() {
		return this.availableFrom;
	}

	public String employersSince() {
		return this.employersSince;
	}

	public String newSkills() {
		return this.newSkills;
	}

	public String whyReturn() {
		return this.whyReturn;
	}

	public ReentryStatus status() {
		return this.status;
	}

	public UUID hiringManagerId() {
		return this.hiringManagerId;
	}

	public boolean rootCauseFixed() {
		return this.rootCauseFixed;
	}

	public String rootCauseNote() {
		return this.rootCauseNote;
	}

	public Integer priorRating() {
		return this.priorRating;
	}

	public Integer interimRelevance() {
		return this.interimRelevance;
	}

	public Boolean coordinationHeavy() {
		return this.coordinationHeavy;
	}

	public Boolean outsiderResistant() {
		return this.outsiderResistant;
	}

	public Boolean realisticPremium() {
		return this.realisticPremium;
	}

	public String premiumNote() {
		return this.premiumNote;
	}

	public String eligibilityOverrideNote() {
		return this.eligibilityOverrideNote;
	}

	public ReentryDecision decision() {
		return this.decision;
	}

	public String rationale() {
		return this.rationale;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public UUID decidedBy() {
		return this.decidedBy;
	}

	public LocalDate rehiredOn() {
		return this.rehiredOn;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
