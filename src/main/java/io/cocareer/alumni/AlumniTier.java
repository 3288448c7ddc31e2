package io.cocareer.alumni;

/**
 * How close an alumnus is to the organisation (DOMAIN.md §3.6), lowest first. The rules that
 * place an alumnus in a tier are {@code alumni.register}'s, and the talent lead reads them there.
 */
public enum AlumniTier {

	/** Left in good standing with contact consent captured at exit. */
	ELIGIBLE,
	/** In touch: listed in the directory or heard from in the last year. */
	CONNECTED,
	/** Takes part: an event, a collaboration or a referral in the last year. */
	ENGAGED,
	/** Invited by the talent lead: executive access. */
	DISTINGUISHED

}
