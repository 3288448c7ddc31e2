package io.cocareer.alumni.reentry;

/** Who asked for a return: the alumnus from the portal, or the talent lead for them. */
public enum ReentryOrigin {

	ALUMNUS, ORGANISATION

}
