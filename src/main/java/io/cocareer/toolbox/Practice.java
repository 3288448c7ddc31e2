package io.cocareer.toolbox;

/**
 * The practices of the classic organisational career management toolbox (the seeds' "OCM
 * toolbox"), each a nested module with its home under {@code /toolbox}.
 */
public enum Practice {

	/** One-to-one sessions between a talent and a counsellor ({@code toolbox.counselling}). */
	COUNSELLING("/toolbox/counselling"),

	/** Events with capacity, enrolment and a waiting list ({@code toolbox.workshop}). */
	PLANNING_WORKSHOPS("/toolbox/workshops"),

	/** Cohorts of mentors and mentees, matched optimally ({@code toolbox.mentoring}). */
	MENTORING("/toolbox/mentoring"),

	/** Rotational tours of duty planned for a cohort at once ({@code toolbox.rotation}). */
	ROTATION("/toolbox/rotation"),

	/** Exercises, assessors, ratings and a wash-up ({@code toolbox.assessment}). */
	ASSESSMENT_CENTRES("/toolbox/assessment"),

	/** Leadership and expert tracks with cohorts and modules ({@code toolbox.programme}). */
	DEVELOPMENT_PROGRAMMES("/toolbox/programmes");

	private final String home;

	Practice(String home) {
		this.home = home;
	}

	/** Where the practice lives in the app. */
	public String home() {
		return this.home;
	}

	/** The message key of the practice's name, e.g. {@code toolbox.practice.MENTORING}. */
	public String labelKey() {
		return "toolbox.practice." + name();
	}

}
