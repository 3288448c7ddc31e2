package io.cocareer.toolbox.guidance;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;

/**
 * An approach's guidance: its seven steps, and what the latest when-to-use diagnostic said of it.
 * @param approach the approach
 * @param steps its seven steps, in order
 * @param fit the latest diagnostic's fit in [0, 1], or {@code null} when none is known or the
 * reader may not see it
 * @param band the band of that fit, or {@code null} with it
 */
public record ApproachGuide(Approach approach, List<StepGuide> steps, @Nullable Double fit, @Nullable FitBand band) {

	public ApproachGuide {
		steps = List.copyOf(steps);
	}

	/** How many steps are in place, for the lead's summary (0 when the reader sees no progress). */
	public long inPlace() {
		return this.steps.stream().filter((s) -> s.status() == StepStatus.IN_PLACE).count();
	}

	/** How many steps are under way. */
	public long underWay() {
		return this.steps.stream().filter((s) -> s.status() == StepStatus.UNDER_WAY).count();
	}

}
