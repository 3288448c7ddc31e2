package io.cocareer.toolbox.diagnostic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.diagnostic.DiagnosticResults;
import io.cocareer.toolbox.diagnostic.OrganisationDiagnosticResult;

import org.springframework.stereotype.Component;

/**
 * The organisation's latest closed diagnostic as figures for the overview and the infographic: the
 * readiness ({@code diagnostic.readiness}) and each approach's fit ({@code diagnostic.fit.TOURS_OF_DUTY}
 * …), scores in [0, 1]; {@code null} while no closed organisation diagnostic has at least five answers.
 */
@Component
class DiagnosticFigures implements ToolboxFigures {

	private final DiagnosticResults results;

	DiagnosticFigures(DiagnosticResults results) {
		this.results = results;
	}

	@Override
	public String sectionKey() {
		return "toolbox.diagnostic.figures.section";
	}

	@Override
	public List<ToolboxFigure> figures() {
		Optional<OrganisationDiagnosticResult> latest = this.results.latestForOrganisation();
		String link = latest.map((r) -> "/toolbox/diagnostic/" + r.diagnosticId()).orElse("/toolbox/diagnostic");
		List<ToolboxFigure> figures = new ArrayList<>();
		figures.add(new ToolboxFigure("diagnostic.readiness", "toolbox.diagnostic.figures.readiness",
				latest.map(OrganisationDiagnosticResult::readiness).orElse(null), ToolboxFigure.Unit.SCORE,
				"toolbox.diagnostic.figures.readiness.definition", link));
		for (Approach approach : Approach.values()) {
			figures.add(new ToolboxFigure("diagnostic.fit." + approach.name(),
					"toolbox.diagnostic.figures.fit." + approach.name(),
					latest.map((r) -> r.fits().get(approach)).orElse(null), ToolboxFigure.Unit.SCORE,
					"toolbox.diagnostic.figures.fit." + approach.name() + ".definition", link));
		}
		return figures;
	}

}
