package io.cocareer.network;

/** Kram's nine developmental functions (DOMAIN.md §1.3): five career ones and four psychosocial. */
public enum SupportFunction {

	SPONSORSHIP(true), EXPOSURE_AND_VISIBILITY(true), COACHING(true), PROTECTION(true), CHALLENGING_ASSIGNMENTS(true),
	ROLE_MODELLING(false), ACCEPTANCE_AND_CONFIRMATION(false), COUNSELLING(false), FRIENDSHIP(false);

	private final boolean career;

	SupportFunction(boolean career) {
		this.career = career;
	}

	/** A career (instrumental) function, as against a psychosocial one. */
	public boolean career() {
		return this.career;
	}

}
