package io.cocareer.alumni.portal;

/** What the talent lead posts to alumni. */
public enum PostKind {

	/** News of the organisation. */
	NEWS,
	/** A collaboration opportunity: a client, a partner, a supplier, a freelancer, a speaker... */
	COLLABORATION,
	/** An open role or work package shared with alumni. */
	ROLE;

	/** Whether alumni may say they are interested (opportunities and roles; not news). */
	public boolean opportunity() {
		return this != NEWS;
	}

}
