package io.cocareer.toolbox;

/**
 * What the when-to-use diagnostic recommends for an approach from its fit in [0, 1] (DOMAIN.md
 * §6.3): adopt it at 0.60 or more, pilot it from 0.40, below that stay with the classic toolbox for
 * what the approach would do. The thresholds are the domain reference's suggestion, not validated
 * figures; every page that shows a band says so.
 */
public enum FitBand {

	ADOPT, PILOT, STAY_WITH_CLASSIC_TOOLBOX;

	/** Fit at or above which the approach is recommended. */
	public static final double ADOPT_FROM = 0.60;

	/** Fit at or above which a pilot is recommended. */
	public static final double PILOT_FROM = 0.40;

	/** The band of a fit; a fit is rounded to two decimals first, as it is shown (0.595 is 0.60). */
	public static FitBand of(double fit) {
		if (Double.isNaN(fit) || fit < 0 || fit > 1) {
			throw new IllegalArgumentException("A fit is in [0, 1], not " + fit);
		}
		double shown = Math.round(fit * 100) / 100.0;
		if (shown >= ADOPT_FROM) {
			return ADOPT;
		}
		return (shown >= PILOT_FROM) ? PILOT : STAY_WITH_CLASSIC_TOOLBOX;
	}

	/** The message key of the band's name, e.g. {@code toolbox.band.ADOPT}. */
	public String labelKey() {
		return "toolbox.band." + name();
	}

}
