package io.cocareer.alumni.reentry;

/** The re-entry fit factors of DOMAIN.md §4.2, in the order the evaluation shows them. */
public enum FitFactor {

	/** The reason for the first exit (Shipp 2014; Arnold 2021). */
	EXIT_REASON,
	/** The performance rating before exit, and the tenure at first exit (Swider 2017). */
	PRIOR_PERFORMANCE,
	/** The time away and how relevant the interim experience is to the target role (Swider 2017). */
	TIME_AWAY,
	/** The relationship kept since exit: tier, recency of the last interaction, referrals. */
	RELATIONSHIP,
	/** Whether the target role is coordination-heavy or in a unit resistant to outsiders (Keller 2021). */
	TARGET_ROLE,
	/** Whether the premium expected is realistic against internal candidates (Arnold 2021). */
	PREMIUM_EXPECTATIONS

}
