package io.cocareer.toolbox.guidance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.network.GroupSizeSettings;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.guidance.internal.GuidanceAccess;
import io.cocareer.toolbox.guidance.internal.Signal;
import io.cocareer.toolbox.guidance.internal.SignalStore;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The guidance as each reader gets it, on stubbed figures: the latest diagnostic next to each
 * approach for the talent lead only, the statuses for the lead only, a 404 for anyone else, and
 * the talent pool asked only when a rule counts talents.
 */
class GuidanceServiceTests {

	private final SignalStore signals = mock(SignalStore.class);

	private final TalentPool pool = mock(TalentPool.class);

	private GuidanceService service(ToolboxFigures... figures) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		for (int i = 0; i < figures.length; i++) {
			beans.addBean("figures" + i, figures[i]);
		}
		return new GuidanceService(this.signals, new GuidanceAccess(), this.pool, new GroupSizeSettings(5),
				beans.getBeanProvider(ToolboxFigures.class));
	}

	@Test
	void theLeadSeesTheLatestDiagnosticNextToEachApproach() {
		ToolboxFigures diagnostic = figures(List.of(figure("diagnostic.readiness", 0.64),
				figure("diagnostic.fit.TOURS_OF_DUTY", 0.72), figure("diagnostic.fit.ALUMNI_AND_BOOMERANGS", 0.394)));
		GuidanceService service = service(diagnostic);
		WhenToUse lead = service.whenToUse(actor(Role.TALENT_LEAD));
		assertThat(lead.readiness()).isEqualTo(0.64);
		assertThat(lead.fits()).extracting(WhenToUse.Fit::band)
			.containsExactly(FitBand.ADOPT, null, FitBand.STAY_WITH_CLASSIC_TOOLBOX);
		assertThat(lead.hasDiagnostic()).isTrue();
		assertThat(lead.conditions()).hasSize(5);
		ApproachGuide tours = service.approach(actor(Role.TALENT_LEAD), Approach.TOURS_OF_DUTY);
		assertThat(tours.fit()).isEqualTo(0.72);
		assertThat(tours.band()).isEqualTo(FitBand.ADOPT);

		WhenToUse manager = service.whenToUse(actor(Role.MANAGER));
		assertThat(manager.readiness()).isNull();
		assertThat(manager.hasDiagnostic()).isFalse();
		assertThat(service.approach(actor(Role.MANAGER), Approach.TOURS_OF_DUTY).fit()).isNull();
	}

	@Test
	void withoutADiagnosticThereIsNoResult() {
		WhenToUse lead = service().whenToUse(actor(Role.TALENT_LEAD));
		assertThat(lead.hasDiagnostic()).isFalse();
		assertThat(lead.fits()).extracting(WhenToUse.Fit::fit).containsOnlyNulls();
	}

	@Test
	void theLeadSeesStatusesAndFiguresAndOthersTheStepsOnly() {
		given(this.signals.counts()).willReturn(Map.of(Signal.PACKAGE_OPEN, 3L, Signal.EXIT_COMPLETED, 2L));
		GuidanceService service = service();
		ApproachGuide tours = service.approach(actor(Role.TALENT_LEAD), Approach.TOURS_OF_DUTY);
		StepGuide packages = tours.steps().get(2);
		assertThat(packages.status()).isEqualTo(StepStatus.UNDER_WAY);
		assertThat(packages.figure().value()).isEqualTo(3L);
		StepGuide exits = service.approach(actor(Role.TALENT_LEAD), Approach.ALUMNI_AND_BOOMERANGS).steps().get(3);
		assertThat(exits.status()).isEqualTo(StepStatus.UNDER_WAY);
		assertThat(exits.figure().tooFewToShow()).as("2 exits could single someone out").isTrue();

		StepGuide talentsView = service.approach(actor(Role.TALENT), Approach.TOURS_OF_DUTY).steps().get(2);
		assertThat(talentsView.status()).isNull();
		assertThat(talentsView.figure()).isNull();
		assertThat(talentsView.yours()).isTrue();
	}

	@Test
	void aReaderWhoMayNotReadTheGuidanceFindsNone() {
		GuidanceService service = service();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> service.approaches(actor(Role.ADMIN)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> service.whenToUse(actor(Role.ALUMNUS)));
		assertThat(service.carriedOutAt(actor(Role.ADMIN), "/tours/packages")).isEmpty();
	}

	@Test
	void theAsideAsksThePoolOnlyForAStepThatCountsTalents() {
		GuidanceService service = service();
		assertThat(service.carriedOutAt(actor(Role.TALENT_LEAD), "/network/exchange")).hasSize(1);
		verify(this.pool, never()).activeTalentIds();
		given(this.pool.activeTalentIds()).willReturn(Set.of(PersonId.of(UUID.randomUUID())));
		List<StepGuide> profile = service.carriedOutAt(actor(Role.TALENT_LEAD), "/talents/me");
		assertThat(profile).extracting(StepGuide::number).containsExactly(2);
		assertThat(profile.get(0).status()).isEqualTo(StepStatus.UNDER_WAY);
		assertThat(service.carriedOutAt(actor(Role.TALENT), "/account")).isEmpty();
	}

	private static ToolboxFigures figures(List<ToolboxFigure> figures) {
		return new ToolboxFigures() {

			@Override
			public String sectionKey() {
				return "toolbox.diagnostic.title";
			}

			@Override
			public List<ToolboxFigure> figures() {
				return figures;
			}

		};
	}

	private static ToolboxFigure figure(String key, double value) {
		return new ToolboxFigure(key, key, value, ToolboxFigure.Unit.SCORE, key, null);
	}

	private static Actor actor(Role role) {
		return new Actor(AccountId.of(UUID.randomUUID()), role.name().toLowerCase(), PersonId.of(UUID.randomUUID()),
				role.name(), Set.of(role));
	}

}
