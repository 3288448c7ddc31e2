package io.cocareer.toolbox.diagnostic;

import java.util.List;
import java.util.Optional;

import io.cocareer.toolbox.diagnostic.internal.Diagnostic;
import io.cocareer.toolbox.diagnostic.internal.DiagnosticResponse;
import io.cocareer.toolbox.diagnostic.internal.DiagnosticResponses;
import io.cocareer.toolbox.diagnostic.internal.Diagnostics;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnostic's trusted read API for the other parts of the toolbox (the guidance, the
 * programme overview and the infographic). It takes no {@link io.cocareer.shared.Actor} because it
 * gives nothing private: the organisation's aggregate result, over at least
 * {@link DiagnosticScoring#MIN_RESPONSES} respondents, never a unit's (whose managers alone read
 * it) and never anybody's answers. What callers show is aggregate figures any member of staff may see.
 */
@Service
public class DiagnosticResults {

	private final Diagnostics diagnostics;

	private final DiagnosticResponses responses;

	DiagnosticResults(Diagnostics diagnostics, DiagnosticResponses responses) {
		this.diagnostics = diagnostics;
		this.responses = responses;
	}

	/**
	 * The organisation's latest closed diagnostic with enough answers to show (a closed one with fewer
	 * is passed over), or empty when there is none.
	 */
	@Transactional(readOnly = true)
	public Optional<OrganisationDiagnosticResult> latestForOrganisation() {
		for (Diagnostic diagnostic : this.diagnostics.closedOfTheOrganisation()) {
			List<DiagnosticResponse> answered = this.responses.findByDiagnosticId(diagnostic.id());
			if (answered.size() >= DiagnosticScoring.MIN_RESPONSES) {
				DiagnosticResult result = DiagnosticScoring.score(
						answered.stream().map(DiagnosticResponse::answers).toList(), diagnostic.weights());
				return Optional.of(OrganisationDiagnosticResult.of(diagnostic.id(), diagnostic.title(),
						diagnostic.closedOn(), result));
			}
		}
		return Optional.empty();
	}

}
