package io.cocareer.toolbox.guidance;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;
import io.cocareer.toolbox.Practice;

/**
 * When to use which: the seeds' five conditions (each a message {@code toolbox.guidance.condition.<NAME>}),
 * the classic toolbox's practices and, for the talent lead, the latest diagnostic's result.
 * @param conditions the conditions' names, in the seeds' order
 * @param practices the classic toolbox's practices
 * @param readiness the latest diagnostic's overall readiness in [0, 1], or {@code null}
 * @param fits each approach's latest fit (its value {@code null} when none is known or shown)
 */
public record WhenToUse(List<String> conditions, List<Practice> practices, @Nullable Double readiness,
		List<Fit> fits) {

	public WhenToUse {
		conditions = List.copyOf(conditions);
		practices = List.copyOf(practices);
		fits = List.copyOf(fits);
	}

	/** Whether the diagnostic has a result the reader sees. */
	public boolean hasDiagnostic() {
		return this.readiness != null || this.fits.stream().anyMatch((f) -> f.fit() != null);
	}

	/** An approach's latest fit and its band. */
	public record Fit(Approach approach, @Nullable Double fit, @Nullable FitBand band) {

	}

}
