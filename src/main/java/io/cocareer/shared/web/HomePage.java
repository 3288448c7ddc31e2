package io.cocareer.shared.web;

/** The home page of each role; the home module picks the one a reader lands on. */
public enum HomePage {

	/** "My space". */
	TALENT,

	/** "My team". */
	MANAGER,

	/** The programme overview. */
	LEAD,

	/** The alumni space. */
	ALUMNUS,

	/** The administration overview. */
	ADMIN

}
