package io.cocareer.toolbox.guidance.internal;

/**
 * What the guidance's read model counts: one kind of thing that happened in another approach,
 * counted once per subject (a tour, a package, a person …). {@code aboutPeople} says whether a
 * count of it describes people or their records, and is then shown only from k on.
 */
public enum Signal {

	// tours of duty
	CHARTER_PUBLISHED(false), PACKAGE_OPEN(false), TOUR_PROPOSED(true), MISSION_DRAFTED(true), AGREEMENT_SENT(true),
	AGREEMENT_SIGNED(true), TOUR_ACTIVE(true), TOUR_FROM_PACKAGE(true), WORK_ITEM_LOGGED(true),
	WORK_ITEM_UPDATED(true), CHECK_IN_NOTED(true), WIN_PUBLISHED(true), TOUR_COMPLETED(true),

	// open developmental networks
	CANDIDATE_ADDED(true), CANDIDATE_HIRED(true), NETWORK_SHARED(true), SHARED_NETWORK_READ(true),
	EXCHANGE_POSTED(true), EXCHANGE_DONE(true), FUND_BUDGET_SET(true), PLAN_ACTIVITY_ADDED(true),
	PLAN_ACTIVITY_DONE(true), INTRODUCTION_ASKED(true), INTRODUCTION_MADE(true),

	// alumni and boomerangs
	POLICY_PUBLISHED(false), ENTRY_REMINDED(true), ENTRY_ACKNOWLEDGED(true), HORIZON_SET(true),
	CONVERSATION_SCHEDULED(true), CONVERSATION_CLOSED(true), EXIT_STARTED(true), EXIT_COMPLETED(true),
	EXIT_WITH_CONSENT(true), REENTRY_ASKED(true), REENTRY_DECIDED(true), REHIRED(true), RETURN_RATED(true),
	REPATRIATION_REVIEWED(true), ALUMNI_INTERACTION(true),

	/** Not stored: the talents designated now, read from the talent pool's published API. */
	DESIGNATED_TALENTS(true);

	private final boolean aboutPeople;

	Signal(boolean aboutPeople) {
		this.aboutPeople = aboutPeople;
	}

	public boolean aboutPeople() {
		return this.aboutPeople;
	}

	/** The message key of what a count of it means, e.g. {@code toolbox.guidance.figure.PACKAGE_OPEN}. */
	public String labelKey() {
		return "toolbox.guidance.figure." + name();
	}

}
