package io.cocareer.toolbox.overview.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.network.GroupSizeSettings;
import io.cocareer.toolbox.FitBand;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.overview.OrganisationFigure;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnostic's result is read through the root contribution point alone: its readiness and
 * each approach's fit with its band, or one blank figure saying "no diagnostic yet".
 */
class FigureSourcesDiagnosticTests {

	@Test
	void withoutADiagnosticThereIsOneBlankFigureThatSaysSo() {
		List<OrganisationFigure> figures = sources(Map.of()).diagnostic();

		assertThat(figures).singleElement().satisfies((figure) -> {
			assertThat(figure.key()).isEqualTo("diagnostic.readiness");
			assertThat(figure.blank()).isTrue();
			assertThat(figure.noteKey()).isEqualTo(OrganisationFigure.NO_DIAGNOSTIC);
		});
	}

	@Test
	void aDiagnosticGivesItsReadinessAndEachFitWithItsBand() {
		ToolboxFigures diagnostic = figures("toolbox.diagnostic.section",
				new ToolboxFigure("diagnostic.readiness", "r", 0.55, ToolboxFigure.Unit.SCORE, "rd", "/toolbox/diagnostic"),
				new ToolboxFigure("diagnostic.fit.TOURS_OF_DUTY", "f1", 0.61, ToolboxFigure.Unit.SCORE, "fd", null),
				new ToolboxFigure("diagnostic.fit.OPEN_DEVELOPMENTAL_NETWORKS", "f2", 0.4, ToolboxFigure.Unit.SCORE, "fd",
						null),
				new ToolboxFigure("diagnostic.fit.ALUMNI_AND_BOOMERANGS", "f3", 0.2, ToolboxFigure.Unit.SCORE, "fd", null));
		ToolboxFigures mentoring = figures("toolbox.mentoring.section",
				new ToolboxFigure("mentoring.pairs", "p", null, ToolboxFigure.Unit.COUNT, "pd", "/toolbox/mentoring"));

		FigureSources sources = sources(Map.of("diagnostic", diagnostic, "mentoring", mentoring));

		assertThat(sources.diagnostic()).extracting(OrganisationFigure::key, OrganisationFigure::text, OrganisationFigure::band)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("diagnostic.readiness", "0.55", null),
					org.assertj.core.groups.Tuple.tuple("diagnostic.fit.TOURS_OF_DUTY", "0.61", FitBand.ADOPT),
					org.assertj.core.groups.Tuple.tuple("diagnostic.fit.OPEN_DEVELOPMENTAL_NETWORKS", "0.40", FitBand.PILOT),
					org.assertj.core.groups.Tuple.tuple("diagnostic.fit.ALUMNI_AND_BOOMERANGS", "0.20",
							FitBand.STAY_WITH_CLASSIC_TOOLBOX));
		assertThat(sources.practices()).filteredOn((f) -> f.key().equals("mentoring.pairs"))
			.singleElement()
			.satisfies((f) -> {
				assertThat(f.sectionKey()).isEqualTo("toolbox.mentoring.section");
				assertThat(f.noteKey()).isEqualTo(OrganisationFigure.NOT_KNOWN);
			});
	}

	@Test
	void aPracticeFigureHiddenForTooFewPeopleSaysSoRatherThanNotKnown() {
		ToolboxFigures rotation = figures("toolbox.rotation.section",
				new ToolboxFigure("rotation.tours.proposed", "t", 3.0, ToolboxFigure.Unit.COUNT, "td", null)
					.tooFewUnless(false),
				new ToolboxFigure("rotation.plans.confirmed", "c", 3.0, ToolboxFigure.Unit.COUNT, "cd", null)
					.tooFewUnless(true));

		assertThat(sources(Map.of("rotation", rotation)).practices())
			.extracting(OrganisationFigure::key, OrganisationFigure::text, OrganisationFigure::noteKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("rotation.tours.proposed", "", OrganisationFigure.TOO_FEW),
					org.assertj.core.groups.Tuple.tuple("rotation.plans.confirmed", "3", null));
	}

	@Test
	void valuesArePrintedAsCountsPerCentsAndScores() {
		assertThat(OrganisationFigure.format(42.0, ToolboxFigure.Unit.COUNT)).isEqualTo("42");
		assertThat(OrganisationFigure.format(0.375, ToolboxFigure.Unit.RATE)).isEqualTo("37.5 %");
		assertThat(OrganisationFigure.format(0.6, ToolboxFigure.Unit.SCORE)).isEqualTo("0.60");
		assertThat(OrganisationFigure.format(null, ToolboxFigure.Unit.SCORE)).isEmpty();
	}

	private static FigureSources sources(Map<String, ToolboxFigures> beans) {
		StaticListableBeanFactory factory = new StaticListableBeanFactory();
		beans.forEach(factory::addBean);
		return new FigureSources(null, null, null, null, factory.getBeanProvider(ToolboxFigures.class),
				new GroupSizeSettings(5));
	}

	private static ToolboxFigures figures(String section, ToolboxFigure... figures) {
		return new ToolboxFigures() {

			@Override
			public String sectionKey() {
				return section;
			}

			@Override
			public List<ToolboxFigure> figures() {
				return List.of(figures);
			}

		};
	}

}
