package io.cocareer.alumni;

/** What an alumnus can be to the organisation after leaving. */
public enum CollaborationKind {

	CLIENT, PARTNER, SUPPLIER, FREELANCER, REFERRER, MENTOR, SPEAKER

}
