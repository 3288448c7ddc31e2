package io.cocareer.toolbox.diagnostic;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;

/**
 * The organisation's latest closed diagnostic as figures, for the guidance and the infographic:
 * aggregates only (scores over at least {@link DiagnosticScoring#MIN_RESPONSES} respondents), so it
 * may be shown to any member of staff and printed.
 * @param closedOn the day it was closed
 * @param responses how many respondents answered
 * @param scores S_k per condition, in [0, 1]
 * @param readiness R, in [0, 1]
 * @param fits the fit per approach, in [0, 1]
 * @param bands what each fit recommends
 */
public record OrganisationDiagnosticResult(UUID diagnosticId, String title, LocalDate closedOn, int responses,
		Map<Condition, Double> scores, double readiness, Map<Approach, Double> fits, Map<Approach, FitBand> bands) {

	public OrganisationDiagnosticResult {
		scores = Collections.unmodifiableMap(new EnumMap<>(scores));
		fits = Collections.unmodifiableMap(new EnumMap<>(fits));
		bands = Collections.unmodifiableMap(new EnumMap<>(bands));
	}

	static OrganisationDiagnosticResult of(UUID id, String title, LocalDate closedOn, DiagnosticResult result) {
		Map<Approach, Double> fits = new EnumMap<>(Approach.class);
		Map<Approach, FitBand> bands = new EnumMap<>(Approach.class);
		result.fits().forEach((f) -> {
			fits.put(f.approach(), f.fit());
			bands.put(f.approach(), f.band());
		});
		return new OrganisationDiagnosticResult(id, title, closedOn, result.responses(), result.scores(),
				result.readiness(), fits, bands);
	}

}
