package io.cocareer.shared.web;

/** A place on a page that other modules fill with {@link PageSection}s. */
public enum PageSlot {

	/** The talent's home ("my space"). */
	TALENT_HOME,

	/** The manager's home ("my team"). */
	MANAGER_HOME,

	/** The talent lead's home (the programme overview). */
	LEAD_HOME,

	/** A talent's profile page; the sections are about the profile's person. */
	TALENT_PROFILE,

	/**
	 * The signed-in person's own developmental network page ({@code /network}): the network's
	 * nested modules (exchange, plan, introductions …) add their part of the reader's own network.
	 */
	NETWORK_MAP,

	/**
	 * The alumni programme's page ({@code /alumni}) for the organisation's staff: each alumni nested
	 * module (exits, conversations, re-entry, posts, the review …) adds the part the reader works
	 * with, so the navigation bar keeps one link for all of them.
	 */
	ALUMNI,

	/**
	 * The career toolbox's page ({@code /toolbox}): each practice of the classic toolbox
	 * (counselling, workshops, mentoring, rotation, assessment centres, development programmes), the
	 * when-to-use diagnostic, the guidance, the infographic and the programme overview add their
	 * card, so the navigation bar keeps one link for all of them.
	 */
	TOOLBOX

}
