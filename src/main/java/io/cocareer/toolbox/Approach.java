package io.cocareer.toolbox;

/**
 * The three career co-creation approaches of the seeds, next to the classic toolbox: what the
 * when-to-use diagnostic recommends, the guidance explains step by step, and the infographic shows.
 */
public enum Approach {

	/** A time-boxed mission with a result valuable to both (module {@code tour}, {@code /tours}). */
	TOURS_OF_DUTY("/tours"),

	/** Employers help talents grow their developmental networks inside and out ({@code /network}). */
	OPEN_DEVELOPMENTAL_NETWORKS("/network"),

	/** A relationship that outlives employment, up to coming back ({@code /alumni}). */
	ALUMNI_AND_BOOMERANGS("/alumni");

	private final String home;

	Approach(String home) {
		this.home = home;
	}

	/** Where the approach lives in the app. */
	public String home() {
		return this.home;
	}

	/**
	 * Where the seeds' guidance for the approach lives: its seven steps with their progress and its
	 * when-to-use conditions, e.g. {@code /toolbox/guidance/tours-of-duty}.
	 */
	public String guidance() {
		return "/toolbox/guidance/" + slug();
	}

	/** The approach in a URL, e.g. {@code tours-of-duty}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The message key stem of the approach's name, e.g. {@code toolbox.approach.TOURS_OF_DUTY}. */
	public String labelKey() {
		return "toolbox.approach." + name();
	}

}
