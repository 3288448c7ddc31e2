package io.cocareer.toolbox.diagnostic;

import java.util.List;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;

/**
 * Two diagnostics' results side by side, the earlier first: per condition, for the readiness and
 * per approach how much it moved (later minus earlier).
 */
public record DiagnosticComparison(DiagnosticView earlier, DiagnosticView later, List<ConditionChange> conditions,
		double readinessChange, List<FitChange> fits) {

	public DiagnosticComparison {
		conditions = List.copyOf(conditions);
		fits = List.copyOf(fits);
	}

	public record ConditionChange(Condition condition, double earlier, double later, double change) {

	}

	public record FitChange(Approach approach, double earlier, double later, double change, FitBand earlierBand,
			FitBand laterBand) {

	}

}
