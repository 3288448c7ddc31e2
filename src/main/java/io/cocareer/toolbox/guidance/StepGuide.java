package io.cocareer.toolbox.guidance;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.cocareer.toolbox.Approach;

/**
 * One of an approach's seven steps as the reader sees it.
 * @param approach the approach
 * @param number 1 to 7, in the seeds' order
 * @param key the message key stem, e.g. {@code toolbox.guidance.TOURS_OF_DUTY.3}: {@code .title},
 * {@code .means} (what it means) and {@code .how} (how the app carries it out)
 * @param screens the pages that carry it out which the reader may open
 * @param yours whether the reader's role takes part in the step
 * @param status its progress, for the talent lead only ({@code null} otherwise)
 * @param figure the figure behind the status, for the talent lead only ({@code null} otherwise)
 */
public record StepGuide(Approach approach, int number, String key, List<Screen> screens, boolean yours,
		@Nullable StepStatus status, @Nullable StepFigure figure) {

	public StepGuide {
		screens = List.copyOf(screens);
	}

	public String titleKey() {
		return this.key + ".title";
	}

	public String meansKey() {
		return this.key + ".means";
	}

	public String howKey() {
		return this.key + ".how";
	}

	/** The step's element id on a page, e.g. {@code tours-of-duty-step-3}. */
	public String anchor() {
		return this.approach.slug() + "-step-" + this.number;
	}

}
