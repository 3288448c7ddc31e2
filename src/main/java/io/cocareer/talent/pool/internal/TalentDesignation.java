package io.cocareer.talent.pool.internal;

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
import io.cocareer.shared.InvalidInput;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.pool.DesignationTerms;

/**
 * A person's place in the talent pool. Ending it keeps the row (history: who was designated,
 * why, and why it ended); designating the same person again reopens it.
 */
@Entity
@Table(name = "talent_designation")
public class TalentDesignation {

	static final int MAX_EVIDENCE = 2000;

	static final int MAX_END_REASON = 400;

	@Id
	private UUID personId;

	@Enumerated(EnumType.STRING)
	private DesignationReason reason;

	private String evidence;

	private LocalDate reviewOn;

	private int performance;

	private int potential;

	private String designatedBy;

	private Instant designatedAt;

	private Instant endedAt;

	private String endReason;

	@Version
	private long version;

	protected TalentDesignation() {
		// for JPA
	}

	public static TalentDesignation designate(UUID personId, DesignationTerms terms, String by, Instant now,
			LocalDate today) {
		TalentDesignation designation = new TalentDesignation();
		designation.personId = personId;
		designation.apply(terms, by, now, today);
		return designation;
	}

	/** Designates again someone whose designation had ended. */
	public void reopen(DesignationTerms terms, String by, Instant now, LocalDate today) {
		if (isActive()) {
			throw new BusinessRuleViolation("talent.designation.stillActive", "This person is already a talent");
		}
		apply(terms, by, now, today);
		this.endedAt = null;
		this.endReason = null;
	}

	public void change(DesignationTerms terms, LocalDate today) {
		requireActive();
		check(terms, today);
		this.reason = terms.reason();
		this.evidence = terms.evidence().strip();
		this.reviewOn = terms.reviewOn();
		this.performance = terms.performance();
		this.potential = terms.potential();
	}

	public void end(String why, Instant now) {
		requireActive();
		if (why == null || why.isBlank()) {
			throw new InvalidInput("endReason", "talent.designation.endReasonRequired", "Say why the designation ends");
		}
		if (why.strip().length() > MAX_END_REASON) {
			throw new InvalidInput("endReason", "talent.designation.endReasonTooLong", "The reason is too long");
		}
		this.endedAt = now;
		this.endReason = why.strip();
	}

	public boolean isActive() {
		return this.endedAt == null;
	}

	private void apply(DesignationTerms terms, String by, Instant now, LocalDate today) {
		check(terms, today);
		this.reason = terms.reason();
		this.evidence = terms.evidence().strip();
		this.reviewOn = terms.reviewOn();
		this.performance = terms.performance();
		this.potential = terms.potential();
		this.designatedBy = by;
		this.designatedAt = now;
	}

	private void requireActive() {
		if (!isActive()) {
			throw new BusinessRuleViolation("talent.designation.ended", "This designation has ended");
		}
	}

	static void check(DesignationTerms terms, LocalDate today) {
		if (terms.reason() == null) {
			throw new InvalidInput("reason", "talent.designation.reasonRequired", "Choose a reason");
		}
		if (terms.evidence() == null || terms.evidence().isBlank()) {
			throw new InvalidInput("evidence", "talent.designation.evidenceRequired", "Give the evidence");
		}
		if (terms.evidence().strip().length() > MAX_EVIDENCE) {
			throw new InvalidInput("evidence", "talent.designation.evidenceTooLong", "The evidence is too long");
		}
		if (terms.reviewOn() == null || !terms.reviewOn().isAfter(today)) {
			throw new InvalidInput("reviewOn", "talent.designation.reviewInFuture",
					"The review date must be in the future");
		}
		if (terms.performance() < 1 || terms.performance() > 3) {
			throw new InvalidInput("performance", "talent.designation.ratingRange", "Ratings go from 1 to 3");
		}
		if (terms.potential() < 1 || terms.potential() > 3) {
			throw new InvalidInput("potential", "talent.designation.ratingRange", "Ratings go from 1 to 3");
		}
	}

	public UUID personId() {
		return this.personId;
	}

	public DesignationReason reason() {
		return this.reason;
	}

	public int performance() {
		return this.performance;
	}

	public int potential() {
		return this.potential;
	}

	public long version() {
		return this.version;
	}

}
