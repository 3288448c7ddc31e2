package io.cocareer.toolbox.overview;

/** What a trend counts per month, each from the event of the module that knows it. */
public enum TrendKind {

	/** Tours of duty that began to run ({@code TourActivated}, its day). */
	TOUR_STARTED,

	/** Tours of duty completed with their closing review ({@code TourCompleted}, its day). */
	TOUR_COMPLETED,

	/** People hired for the first time ({@code PersonHired}, the hire date). */
	HIRE,

	/** Boomerangs: people hired again ({@code PersonRehired}, the day they came back). */
	REHIRE,

	/** People who left ({@code PersonLeft}, the day they left). */
	LEAVING,

	/** Exit protocols completed, the leavers joining the alumni ({@code ExitCompleted}, the day they left). */
	EXIT_PROTOCOL;

	/** The message key of its name, e.g. {@code toolbox.overview.trend.kind.HIRE}. */
	public String labelKey() {
		return "toolbox.overview.trend.kind." + name();
	}

}
