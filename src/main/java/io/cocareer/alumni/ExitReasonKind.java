package io.cocareer.alumni;

/**
 * What kind of reason someone left for: the talent lead's taxonomy of exit reasons files each
 * reason under one kind, and the kind is what re-entry weighs (DOMAIN.md §4.2: a planned exit for
 * a career goal or a personal reason counts for a return, dissatisfaction against it unless its
 * cause is fixed) and what sets the default rehire eligibility.
 */
public enum ExitReasonKind {

	/** A career goal: a role elsewhere, studies, starting a company. */
	CAREER_GOAL,
	/** A personal reason: family, a move, health, a sabbatical. */
	PERSONAL,
	/** Dissatisfaction: pay, management, workload, culture. */
	DISSATISFACTION,
	/** The organisation ended it: restructuring, end of contract. */
	ORGANISATIONAL,
	/** Dismissed for cause or an illegal act: not in good standing (DOMAIN.md §3.6). */
	FOR_CAUSE;

	/** The rehire eligibility an exit for a reason of this kind starts with (overridable with a note). */
	public RehireEligibility defaultEligibility() {
		return switch (this) {
			case CAREER_GOAL, PERSONAL, ORGANISATIONAL -> RehireEligibility.YES;
			case DISSATISFACTION -> RehireEligibility.WITH_REVIEW;
			case FOR_CAUSE -> RehireEligibility.NO;
		};
	}

	/** Whether someone who left for a reason of this kind is in good standing (may join the alumni). */
	public boolean inGoodStanding() {
		return this != FOR_CAUSE;
	}

}
