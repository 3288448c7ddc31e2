package io.cocareer.alumni;

/** A way an alumnus has agreed to be contacted. */
public enum ContactChannel {

	EMAIL, PHONE, LINKEDIN, NEWSLETTER, EVENTS

}
