package io.cocareer.alumni.reentry;

/** The default items of a repatriation plan, in its order. */
public enum RepatriationItemKind {

	/** Tell the boomerang what changed since they left: people, strategy, tools, ways of working. */
	WHAT_CHANGED,
	/** Re-onboarding: access, equipment, the refreshed parts of the induction. */
	RE_ONBOARDING,
	/** Reactivate their network: their developmental network map, old colleagues, new faces. */
	NETWORK_REACTIVATION,
	/** A buddy (a person) for the first months. */
	BUDDY,
	/** A first tour of duty proposed from the catalogue: done once a tour is proposed for them. */
	FIRST_TOUR

}
