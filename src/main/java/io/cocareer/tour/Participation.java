package io.cocareer.tour;

/**
 * Why someone sees a tour: they take it, they manage the talent taking it, or they run the talent
 * programme. Nobody else sees it (the sponsor sees only the wins shared with them).
 */
public enum Participation {

	TALENT, MANAGER, TALENT_LEAD;

	/** The manager and the talent lead speak for the organisation in the tour. */
	public boolean forOrganisation() {
		return this != TALENT;
	}

}
