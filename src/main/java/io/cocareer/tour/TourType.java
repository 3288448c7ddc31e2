package io.cocareer.tour;

/**
 * The three kinds of tour of duty of The Alliance (DOMAIN.md §3.2), chosen by asking whether the
 * role exists mainly for scalability, adaptability or continuity. Durations are typical, not
 * limits; a foundational tour is open-ended. Names and texts are the message keys
 * {@code tour.type.<NAME>}, {@code .purpose}, {@code .description} and {@code .transition}.
 */
public enum TourType {

	ROTATIONAL(12, 36), TRANSFORMATIONAL(24, 60), FOUNDATIONAL(null, null);

	private final Integer typicalMinMonths;

	private final Integer typicalMaxMonths;

	TourType(Integer typicalMinMonths, Integer typicalMaxMonths) {
		this.typicalMinMonths = typicalMinMonths;
		this.typicalMaxMonths = typicalMaxMonths;
	}

	/** Typical shortest length in months, {@code null} when open-ended. */
	public Integer typicalMinMonths() {
		return this.typicalMinMonths;
	}

	/** Typical longest length in months, {@code null} when open-ended. */
	public Integer typicalMaxMonths() {
		return this.typicalMaxMonths;
	}

	public boolean openEnded() {
		return this.typicalMaxMonths == null;
	}

	public String messageKey() {
		return "tour.type." + name();
	}

}
