package io.cocareer.network.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cocareer.network.Arena;
import io.cocareer.network.SupportFunction;
import io.cocareer.network.health.EgoMap.Developer;
import io.cocareer.network.health.EgoMap.Tie;
import io.cocareer.network.health.NetworkHealth.NetworkType;
import io.cocareer.network.health.NetworkHealth.Nudge;
import io.cocareer.network.health.NetworkHealth.Thresholds;

import static io.cocareer.network.SupportFunction.COACHING;
import static io.cocareer.network.SupportFunction.COUNSELLING;
import static io.cocareer.network.SupportFunction.FRIENDSHIP;
import static io.cocareer.network.SupportFunction.ROLE_MODELLING;
import static io.cocareer.network.SupportFunction.SPONSORSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class NetworkHealthTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	/** DOMAIN.md §2.5 (b) as a talent's map: closeness 3, 1 and 2, and A and B know each other. */
	private static final EgoMap<String> WORKED = new EgoMap<>(List.of(
			new Developer<>("A", Arena.CURRENT_EMPLOYER, true, 3, Set.of(SPONSORSHIP, COACHING, FRIENDSHIP),
					TODAY.minusMonths(1)),
			new Developer<>("B", Arena.PRIOR_EMPLOYER, false, 1, Set.of(COACHING, COUNSELLING), TODAY.minusMonths(7)),
			new Developer<>("C", Arena.EDUCATION, false, 2, Set.of(ROLE_MODELLING, COACHING), null)),
			List.of(new Tie<>("A", "B")));

	@Test
	void theWorkedNetworkMeasuresAsDomainMdSays() {
		NetworkHealth health = NetworkHealth.of(WORKED, Thresholds.DEFAULT, TODAY);

		assertThat(health.size()).isEqualTo(3);
		assertThat(health.range()).isEqualTo(3);
		assertThat(health.density()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(health.eiIndex()).as("two outside, one inside").isCloseTo(1.0 / 3, within(1e-12));
		assertThat(health.effectiveSize()).isCloseTo(22.0 / 9, within(1e-12));
		assertThat(health.efficiency()).isCloseTo(22.0 / 27, within(1e-12));
		assertThat(health.constraint()).isCloseTo(103.0 / 192, within(1e-12));
		assertThat(health.hierarchy()).isCloseTo(0.174527, within(1e-6));
		assertThat(health.meanCloseness()).isCloseTo(2, within(1e-12));
		assertThat(health.arenas().blau()).isCloseTo(2.0 / 3, within(1e-12));
		// only coaching comes from two developers or more
		assertThat(health.functionCoverage()).isCloseTo(1.0 / 9, within(1e-12));
		assertThat(health.largestSupportShare()).as("A gives 3 of the 7").isCloseTo(3.0 / 7, within(1e-12));
		// five functions given; losing A loses sponsorship and friendship
		assertThat(health.robustness()).isCloseTo(3.0 / 9, within(1e-12));
		assertThat(health.staleTies()).as("B seven months ago, C never").isEqualTo(2);
		assertThat(health.type()).as("diverse but weak").isEqualTo(NetworkType.OPPORTUNISTIC);
		assertThat(health.thresholds()).isEqualTo(Thresholds.DEFAULT);
		assertThat(health.nudges()).containsExactly(new Nudge(Nudge.Kind.TIES_GONE_QUIET, 2),
				new Nudge(Nudge.Kind.FUNCTIONS_NOBODY_GIVES, 4));
	}

	@Test
	void aCloseCircleInsideTheCompanyIsTraditionalAndSaysSo() {
		EgoMap<String> map = new EgoMap<>(List.of(
				new Developer<>("X", Arena.CURRENT_EMPLOYER, true, 5, Set.of(SPONSORSHIP, COACHING, FRIENDSHIP), TODAY),
				new Developer<>("Y", Arena.CURRENT_EMPLOYER, true, 4, Set.of(FRIENDSHIP), TODAY),
				new Developer<>("Z", Arena.COMMUNITY_OR_FAMILY, true, 5, Set.of(COUNSELLING), TODAY)),
				List.of(new Tie<>("X", "Y"), new Tie<>("Y", "Z"), new Tie<>("Z", "X"), new Tie<>("Y", "X")));
		NetworkHealth health = NetworkHealth.of(map, Thresholds.DEFAULT, TODAY);

		assertThat(health.density()).as("a tie named twice counts once").isEqualTo(1.0);
		assertThat(health.type()).isEqualTo(NetworkType.TRADITIONAL);
		assertThat(health.nudges()).extracting(Nudge::kind)
			.containsExactly(Nudge.Kind.NO_EXTERNAL_DEVELOPER, Nudge.Kind.ONE_PERSON_GIVES_ALL_CAREER_SUPPORT,
					Nudge.Kind.FEW_ARENAS, Nudge.Kind.FUNCTIONS_NOBODY_GIVES);
		assertThat(health.nudges().get(0).measure()).as("the E-I index, all inside").isEqualTo(-1.0);
		assertThat(health.nudges().get(2).measure()).as("the range").isEqualTo(2.0);
	}

	@Test
	void strongTiesAcrossSeparateArenasAreEntrepreneurialAndTheThresholdsDecide() {
		EgoMap<String> map = new EgoMap<>(List.of(
				new Developer<>("P", Arena.CURRENT_EMPLOYER, true, 5, Set.of(SupportFunction.values()), TODAY),
				new Developer<>("Q", Arena.PROFESSIONAL_ASSOCIATION, false, 4, Set.of(SupportFunction.values()), TODAY),
				new Developer<>("R", Arena.EDUCATION, false, 4, Set.of(COACHING), TODAY)),
				List.of());

		NetworkHealth health = NetworkHealth.of(map, Thresholds.DEFAULT, TODAY);
		assertThat(health.type()).isEqualTo(NetworkType.ENTREPRENEURIAL);
		assertThat(health.functionCoverage()).isEqualTo(1.0);
		assertThat(health.robustness()).as("every function survives losing anyone").isEqualTo(1.0);
		assertThat(health.effectiveSize()).as("nobody knows anybody: no redundancy").isCloseTo(3, within(1e-12));
		assertThat(health.nudges()).isEmpty();

		Thresholds stricter = new Thresholds(4, 0.5, 4.0);
		assertThat(NetworkHealth.of(map, stricter, TODAY).type()).isEqualTo(NetworkType.TRADITIONAL);
		assertThat(NetworkHealth.of(map, stricter, TODAY).thresholds()).isEqualTo(stricter);
	}

	@Test
	void anEmptyMapHasNoFiguresButTheFunctionsNobodyGives() {
		NetworkHealth health = NetworkHealth.of(new EgoMap<String>(List.of(), List.of()), Thresholds.DEFAULT, TODAY);

		assertThat(health.size()).isZero();
		assertThat(health.effectiveSize()).isNaN();
		assertThat(health.constraint()).isNaN();
		assertThat(health.eiIndex()).isNaN();
		assertThat(health.type()).isEqualTo(NetworkType.RECEPTIVE);
		assertThat(health.nudges()).containsExactly(new Nudge(Nudge.Kind.FUNCTIONS_NOBODY_GIVES, 9));
	}

	@Test
	void aMapThatContradictsItselfIsRefused() {
		Developer<String> a = new Developer<>("A", Arena.OTHER, true, 3, Set.of(), TODAY);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NetworkHealth.of(new EgoMap<>(List.of(a, a), List.of()), Thresholds.DEFAULT, TODAY))
			.withMessageContaining("twice");
		assertThatIllegalArgumentException().isThrownBy(() -> NetworkHealth
			.of(new EgoMap<>(List.of(a), List.of(new Tie<>("A", "A"))), Thresholds.DEFAULT, TODAY));
		assertThatIllegalArgumentException().isThrownBy(() -> NetworkHealth
			.of(new EgoMap<>(List.of(a), List.of(new Tie<>("A", "nobody"))), Thresholds.DEFAULT, TODAY));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Developer<>("D", Arena.OTHER, true, 6, Set.of(), TODAY));
	}

}
