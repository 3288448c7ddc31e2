package io.cocareer.tour.tracking;

/**
 * Who sees a published win, as the talent chooses: the whole organisation (every member of staff,
 * in the wins feed), or only the work package's sponsor (besides talent, manager and talent lead).
 */
public enum WinAudience {

	ORGANISATION, SPONSOR;

	public String messageKey() {
		return "tour.win.audience." + name();
	}

}
