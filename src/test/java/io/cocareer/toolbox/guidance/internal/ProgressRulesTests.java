package io.cocareer.toolbox.guidance.internal;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.guidance.StepStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rules that put each step in its status, from the read model's counts. */
class ProgressRulesTests {

	private static final int K = 5;

	@Test
	void nothingHappenedMeansNothingStarted() {
		ProgressRules rules = rules(Map.of());
		for (Approach approach : Approach.values()) {
			for (int step = 1; step <= 7; step++) {
				assertThat(rules.of(approach, step).status()).as(approach + " step " + step).isEqualTo(StepStatus.NOT_STARTED);
			}
		}
	}

	@Test
	void toursStepThreeIsUnderWayWithOpenPackagesAndInPlaceOnceATourRunsOnOne() {
		assertThat(rules(Map.of(Signal.PACKAGE_OPEN, 2L)).of(Approach.TOURS_OF_DUTY, 3).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.PACKAGE_OPEN, 2L, Signal.TOUR_FROM_PACKAGE, 1L)).of(Approach.TOURS_OF_DUTY, 3)
			.status()).isEqualTo(StepStatus.IN_PLACE);
		assertThat(rules(Map.of(Signal.PACKAGE_OPEN, 2L)).of(Approach.TOURS_OF_DUTY, 3).figure())
			.isEqualTo(Signal.PACKAGE_OPEN);
	}

	@Test
	void toursStepOneIsUnderWayWhenTheCharterReachesATalentAndInPlaceOnceSigned() {
		assertThat(rules(Map.of(Signal.CHARTER_PUBLISHED, 1L)).of(Approach.TOURS_OF_DUTY, 1).status())
			.as("a revised charter").isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.AGREEMENT_SENT, 1L)).of(Approach.TOURS_OF_DUTY, 1).status())
			.as("an agreement carrying the charter's statement").isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.AGREEMENT_SIGNED, 1L)).of(Approach.TOURS_OF_DUTY, 1).status())
			.isEqualTo(StepStatus.IN_PLACE);
		assertThat(rules(Map.of(Signal.TOUR_PROPOSED, 1L)).of(Approach.TOURS_OF_DUTY, 1).status())
			.isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void toursStepTwoKnowsTheTalentsFromThePool() {
		assertThat(rules(Map.of(Signal.DESIGNATED_TALENTS, 12L)).of(Approach.TOURS_OF_DUTY, 2).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.DESIGNATED_TALENTS, 12L, Signal.TOUR_PROPOSED, 1L)).of(Approach.TOURS_OF_DUTY, 2)
			.status()).isEqualTo(StepStatus.IN_PLACE);
		assertThat(rules(Map.of(Signal.TOUR_PROPOSED, 1L)).of(Approach.TOURS_OF_DUTY, 2).status())
			.as("no talent designated: nothing to know").isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void toursStepSevenIsInPlaceOnceATrackedTourIsCompleted() {
		assertThat(rules(Map.of(Signal.TOUR_ACTIVE, 1L)).of(Approach.TOURS_OF_DUTY, 7).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.TOUR_COMPLETED, 1L)).of(Approach.TOURS_OF_DUTY, 7).status())
			.as("completed without a check-in or a win: not tracked").isEqualTo(StepStatus.NOT_STARTED);
		assertThat(rules(Map.of(Signal.TOUR_COMPLETED, 1L, Signal.CHECK_IN_NOTED, 1L)).of(Approach.TOURS_OF_DUTY, 7)
			.status()).isEqualTo(StepStatus.IN_PLACE);
	}

	@Test
	void networksStepTwoIsUnderWayWhenTalentsShareMapsAndInPlaceFromK() {
		assertThat(rules(Map.of(Signal.NETWORK_SHARED, 1L)).of(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 2).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.NETWORK_SHARED, 4L)).of(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 2).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.NETWORK_SHARED, 5L)).of(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 2).status())
			.isEqualTo(StepStatus.IN_PLACE);
	}

	@Test
	void networksIntroductionsAndExchange() {
		assertThat(rules(Map.of(Signal.INTRODUCTION_ASKED, 1L)).of(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 5).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.INTRODUCTION_MADE, 1L)).of(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 5).status())
			.isEqualTo(StepStatus.IN_PLACE);
		assertThat(rules(Map.of(Signal.EXCHANGE_POSTED, 3L)).of(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 3).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.EXCHANGE_DONE, 1L)).of(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 3).status())
			.isEqualTo(StepStatus.IN_PLACE);
	}

	@Test
	void alumniStepFourIsUnderWayWhenExitsAreRecordedAndInPlaceWithAConsentedProtocol() {
		assertThat(rules(Map.of(Signal.EXIT_COMPLETED, 1L)).of(Approach.ALUMNI_AND_BOOMERANGS, 4).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.EXIT_STARTED, 1L)).of(Approach.ALUMNI_AND_BOOMERANGS, 4).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.EXIT_COMPLETED, 1L, Signal.EXIT_WITH_CONSENT, 1L))
			.of(Approach.ALUMNI_AND_BOOMERANGS, 4).status()).isEqualTo(StepStatus.IN_PLACE);
	}

	@Test
	void alumniReentryRehireAndReview() {
		assertThat(rules(Map.of(Signal.REENTRY_ASKED, 1L)).of(Approach.ALUMNI_AND_BOOMERANGS, 5).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.REENTRY_DECIDED, 1L)).of(Approach.ALUMNI_AND_BOOMERANGS, 5).status())
			.isEqualTo(StepStatus.IN_PLACE);
		assertThat(rules(Map.of(Signal.RETURN_RATED, 1L)).of(Approach.ALUMNI_AND_BOOMERANGS, 6).status())
			.as("rated without a re-hire recorded").isEqualTo(StepStatus.NOT_STARTED);
		assertThat(rules(Map.of(Signal.REHIRED, 1L, Signal.RETURN_RATED, 1L)).of(Approach.ALUMNI_AND_BOOMERANGS, 6)
			.status()).isEqualTo(StepStatus.IN_PLACE);
		assertThat(rules(Map.of(Signal.EXIT_COMPLETED, 4L)).of(Approach.ALUMNI_AND_BOOMERANGS, 7).status())
			.isEqualTo(StepStatus.UNDER_WAY);
		assertThat(rules(Map.of(Signal.EXIT_COMPLETED, 5L)).of(Approach.ALUMNI_AND_BOOMERANGS, 7).status())
			.isEqualTo(StepStatus.IN_PLACE);
	}

	@Test
	void aFigureAboutFewerThanKPeopleIsNotShownButACountOfPackagesIs() {
		ProgressRules rules = rules(Map.of(Signal.EXIT_COMPLETED, 4L, Signal.PACKAGE_OPEN, 1L, Signal.REHIRED, 5L));
		assertThat(rules.shown(Signal.EXIT_COMPLETED)).as("4 exits could single someone out").isNull();
		assertThat(rules.shown(Signal.REHIRED)).isEqualTo(5L);
		assertThat(rules.shown(Signal.PACKAGE_OPEN)).as("packages are not people").isEqualTo(1L);
		assertThat(rules.shown(Signal.CHARTER_PUBLISHED)).isZero();
		assertThat(rules.shown(Signal.HORIZON_SET)).as("none is fewer than k too").isNull();
	}

	@Test
	void thereAreSevenSteps() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules(Map.of()).of(Approach.TOURS_OF_DUTY, 8));
		assertThatIllegalArgumentException().isThrownBy(() -> rules(Map.of()).of(Approach.ALUMNI_AND_BOOMERANGS, 0));
	}

	private static ProgressRules rules(Map<Signal, Long> counts) {
		return new ProgressRules(new EnumMap<>(counts.isEmpty() ? Map.of(Signal.CHARTER_PUBLISHED, 0L) : counts), K);
	}

}
