package io.cocareer.toolbox.rotation.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.toolbox.assignment.AssignmentProblem;
import io.cocareer.toolbox.assignment.InfeasiblePins;
import io.cocareer.toolbox.rotation.RuleKind;
import io.cocareer.toolbox.rotation.UnplacedReason;
import io.cocareer.toolbox.rotation.internal.RotationProblem.Rule;
import io.cocareer.toolbox.rotation.internal.RotationProblem.Seats;
import io.cocareer.toolbox.rotation.internal.RotationProblem.Talent;
import io.cocareer.tour.TourPlanning.PackageScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a rotation plan becomes an assignment problem, and what its result says. */
class RotationProblemTests {

	private final UUID ann = id("ann");

	private final UUID ben = id("ben");

	private final UUID cat = id("cat");

	private final UUID returns = id("returns");

	private final UUID partners = id("partners");

	@Test
	void scoresAreTheMatchingScoresTimesAThousandAndAFullWeekOrNoMatchIsNoCandidate() {
		Map<UUID, Map<UUID, PackageScore>> scores = Map.of(this.ann,
				Map.of(this.returns, score(0.8124, 1.0), this.partners, score(0.6, 0.0)), this.ben,
				Map.of(this.returns, score(0.0004, 1.0), this.partners, score(0.5, 0.5)));
		AssignmentProblem problem = RotationProblem.build(List.of(new Talent(this.ann, null), new Talent(this.ben, null)),
				List.of(new Seats(this.returns, 2), new Seats(this.partners, 1)), scores, List.of());
		assertThat(problem.candidates()).extracting(AssignmentProblem.Candidate::person, AssignmentProblem.Candidate::place,
				AssignmentProblem.Candidate::score)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.ann.toString(), this.returns.toString(), 812L),
					org.assertj.core.groups.Tuple.tuple(this.ben.toString(), this.partners.toString(), 500L));
		assertThat(problem.people()).extracting(AssignmentProblem.Side::capacity).containsExactly(1, 1);
		assertThat(problem.places()).extracting(AssignmentProblem.Side::capacity).containsExactly(2, 1);
		assertThat(problem.loadStep()).isZero();
	}

	@Test
	void aTalentWhoLeftOrHasNoManagerTakesNoSeatAndSaysWhy() {
		Map<UUID, Map<UUID, PackageScore>> scores = Map.of(this.ann, Map.of(this.returns, score(0.9, 1)), this.ben,
				Map.of(this.returns, score(0.9, 1)), this.cat, Map.of(this.returns, score(0.9, 1)));
		RotationProblem.Result result = RotationProblem.solve(
				List.of(new Talent(this.ann, UnplacedReason.LEFT), new Talent(this.ben, UnplacedReason.NO_MANAGER),
						new Talent(this.cat, null)),
				List.of(new Seats(this.returns, 3)), scores, List.of());
		assertThat(result.pairs()).extracting(RotationProblem.Chosen::personId).containsExactly(this.cat);
		assertThat(result.unplaced()).extracting(RotationProblem.Left::reason)
			.containsExactly(UnplacedReason.LEFT, UnplacedReason.NO_MANAGER);
	}

	@Test
	void theOptimalPlanPlacesAsManyAsPossibleThenTheBestTotal() {
		// greedy would give Ann the returns seat (0.9) and leave Ben without any: the plan places both
		Map<UUID, Map<UUID, PackageScore>> scores = Map.of(this.ann,
				Map.of(this.returns, score(0.9, 1), this.partners, score(0.8, 1)), this.ben,
				Map.of(this.returns, score(0.7, 1)));
		RotationProblem.Result result = RotationProblem.solve(List.of(new Talent(this.ann, null), new Talent(this.ben, null)),
				List.of(new Seats(this.returns, 1), new Seats(this.partners, 1)), scores, List.of());
		assertThat(result.pairs()).extracting(RotationProblem.Chosen::personId, RotationProblem.Chosen::packageId)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.ann, this.partners),
					org.assertj.core.groups.Tuple.tuple(this.ben, this.returns));
		assertThat(result.totalScore()).isEqualTo(1500);
		assertThat(result.unplaced()).isEmpty();
	}

	@Test
	void forbidsRemovePairsPinsKeepThemAndTheUnplacedSayWhy() {
		Map<UUID, Map<UUID, PackageScore>> scores = Map.of(this.ann, Map.of(this.returns, score(0.9, 1)), this.ben,
				Map.of(this.returns, score(0.7, 1)), this.cat, Map.of(this.partners, score(0.5, 1)));
		List<Talent> talents = List.of(new Talent(this.ann, null), new Talent(this.ben, null), new Talent(this.cat, null));
		List<Seats> seats = List.of(new Seats(this.returns, 1), new Seats(this.partners, 1));
		RotationProblem.Result pinned = RotationProblem.solve(talents, seats, scores,
				List.of(new Rule(this.ben, this.returns, RuleKind.PIN), new Rule(this.cat, this.partners, RuleKind.FORBID)));
		assertThat(pinned.pairs()).extracting(RotationProblem.Chosen::personId, RotationProblem.Chosen::pinned)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.ben, true));
		assertThat(pinned.unplaced()).extracting(RotationProblem.Left::personId, RotationProblem.Left::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.ann, UnplacedReason.SEATS_TAKEN),
					org.assertj.core.groups.Tuple.tuple(this.cat, UnplacedReason.NO_CANDIDATE));
	}

	@Test
	void aPinOnAPairThatIsNotAllowedCannotHold() {
		Map<UUID, Map<UUID, PackageScore>> scores = Map.of(this.ann, Map.of(this.returns, score(0.9, 0.0)));
		assertThatThrownBy(() -> RotationProblem.solve(List.of(new Talent(this.ann, null)),
				List.of(new Seats(this.returns, 1)), scores, List.of(new Rule(this.ann, this.returns, RuleKind.PIN))))
			.isInstanceOf(InfeasiblePins.class);
		// two pins on a package with one seat
		Map<UUID, Map<UUID, PackageScore>> both = Map.of(this.ann, Map.of(this.returns, score(0.9, 1)), this.ben,
				Map.of(this.returns, score(0.9, 1)));
		assertThatThrownBy(() -> RotationProblem.solve(List.of(new Talent(this.ann, null), new Talent(this.ben, null)),
				List.of(new Seats(this.returns, 1)), both, List.of(new Rule(this.ann, this.returns, RuleKind.PIN),
						new Rule(this.ben, this.returns, RuleKind.PIN))))
			.isInstanceOf(InfeasiblePins.class)
			.satisfies((ex) -> assertThat(((InfeasiblePins) ex).conflicts()).extracting(InfeasiblePins.Conflict::kind)
				.containsExactly(InfeasiblePins.Kind.PLACE_OVER_CAPACITY));
	}

	@Test
	void aPackageNoLongerOpenIsLeftOutAndItsPinsWithIt() {
		Map<UUID, Map<UUID, PackageScore>> scores = Map.of(this.ann, Map.of(this.returns, score(0.9, 1)));
		AssignmentProblem problem = RotationProblem.build(List.of(new Talent(this.ann, null)), List.of(), scores,
				List.of(new Rule(this.ann, this.returns, RuleKind.PIN)));
		assertThat(problem.candidates()).isEmpty();
		assertThat(problem.pinned()).isEmpty();
	}

	private static PackageScore score(double score, double availability) {
		return new PackageScore(score, availability, List.of());
	}

	private static UUID id(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
