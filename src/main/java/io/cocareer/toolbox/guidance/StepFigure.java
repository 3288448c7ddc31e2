package io.cocareer.toolbox.guidance;

import org.jspecify.annotations.Nullable;

/**
 * The figure behind a step's status, for the talent lead: a count, or {@code null} when it counts
 * fewer than k people and could single someone out ("too few to show").
 * @param key a stable key, such as {@code tours.packages.open}
 * @param labelKey the message key of what it counts
 * @param value the count, or {@code null} when too few to show
 * @param aboutPeople whether it counts people or their records (then suppressed under k)
 */
public record StepFigure(String key, String labelKey, @Nullable Long value, boolean aboutPeople) {

	/** Whether the figure is withheld because it would count fewer than k people. */
	public boolean tooFewToShow() {
		return this.value == null;
	}

}
