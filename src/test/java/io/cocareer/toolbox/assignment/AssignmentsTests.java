package io.cocareer.toolbox.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cocareer.toolbox.assignment.AssignmentProblem.Candidate;
import io.cocareer.toolbox.assignment.AssignmentProblem.Pair;
import io.cocareer.toolbox.assignment.AssignmentProblem.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The assignment against DOMAIN.md §5's worked instances and against brute force. */
class AssignmentsTests {

	@Test
	void theOrToolsReferenceInstanceCosts265() {
		long[][] costs = { { 90, 76, 75, 70 }, { 35, 85, 55, 65 }, { 125, 95, 90, 105 }, { 45, 110, 95, 115 } };
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				// minimising a cost is maximising its negative
				candidates.add(new Candidate("w" + i, "t" + j, -costs[i][j]));
			}
		}

		Assignment result = Assignments.optimal(AssignmentProblem.of(sides("w", 4, 1), sides("t", 4, 1), candidates));

		assertThat(-result.objective()).isEqualTo(265);
		assertThat(result.pairs()).extracting(Candidate::pair)
			.containsExactlyInAnyOrder(new Pair("w0", "t3"), new Pair("w1", "t2"), new Pair("w2", "t1"),
					new Pair("w3", "t0"));
	}

	@Test
	void seatsTwoAndOneTakeTalents0And1ThenTalent2ForATotalOf2point6() {
		double[][] scores = { { 0.9, 0.2 }, { 0.8, 0.7 }, { 0.3, 0.9 }, { 0.6, 0.5 } };
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 2; j++) {
				candidates.add(new Candidate("talent" + i, "P" + j, Math.round(scores[i][j] * 1000)));
			}
		}

		Assignment result = Assignments.optimal(AssignmentProblem.of(sides("talent", 4, 1),
				List.of(new Side("P0", 2), new Side("P1", 1)), candidates));

		assertThat(result.totalScore()).isEqualTo(2600);
		assertThat(result.pairs()).extracting(Candidate::pair)
			.containsExactlyInAnyOrder(new Pair("talent0", "P0"), new Pair("talent1", "P0"),
					new Pair("talent2", "P1"));
		assertThat(result.unplaced()).containsExactly("talent3");
	}

	@Test
	void theRectangularExampleTotals1point7() {
		double[][] scores = { { 0.9, 0.4 }, { 0.7, 0.8 }, { 0.5, 0.6 } };
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			for (int j = 0; j < 2; j++) {
				candidates.add(new Candidate("r" + i, "c" + j, Math.round(scores[i][j] * 1000)));
			}
		}

		Assignment result = Assignments.optimal(AssignmentProblem.of(sides("r", 3, 1), sides("c", 2, 1), candidates));

		assertThat(result.totalScore()).isEqualTo(1700);
		assertThat(result.pairs()).extracting(Candidate::pair)
			.containsExactlyInAnyOrder(new Pair("r0", "c0"), new Pair("r1", "c1"));
	}

	@Test
	void aPinnedPairIsKeptAndTheRestIsSolvedAroundIt() {
		double[][] scores = { { 0.9, 0.2 }, { 0.8, 0.7 }, { 0.3, 0.9 }, { 0.6, 0.5 } };
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 2; j++) {
				candidates.add(new Candidate("talent" + i, "P" + j, Math.round(scores[i][j] * 1000)));
			}
		}
		AssignmentProblem problem = AssignmentProblem
			.of(sides("talent", 4, 1), List.of(new Side("P0", 2), new Side("P1", 1)), candidates)
			.withPinned(List.of(new Pair("talent3", "P1")));

		Assignment result = Assignments.optimal(problem);

		// talent 3 takes P1's only seat; P0 takes the two best of the rest: 0.9 + 0.8 + 0.5
		assertThat(result.totalScore()).isEqualTo(2200);
		assertThat(result.pairs()).extracting(Candidate::pair)
			.containsExactlyInAnyOrder(new Pair("talent3", "P1"), new Pair("talent0", "P0"),
					new Pair("talent1", "P0"));
	}

	@Test
	void pinsThatCannotHoldAreEachNamed() {
		List<Candidate> candidates = List.of(new Candidate("a", "m", 10), new Candidate("b", "m", 10),
				new Candidate("a", "n", 5));
		AssignmentProblem problem = AssignmentProblem
			.of(List.of(new Side("a", 1), new Side("b", 1), new Side("c", 1)),
					List.of(new Side("m", 1), new Side("n", 1)), candidates)
			.withPinned(List.of(new Pair("a", "m"), new Pair("b", "m"), new Pair("a", "n"), new Pair("c", "n")));

		assertThatExceptionOfType(InfeasiblePins.class).isThrownBy(() -> Assignments.optimal(problem))
			.satisfies((ex) -> assertThat(ex.conflicts()).containsExactlyInAnyOrder(
					new InfeasiblePins.Conflict(InfeasiblePins.Kind.PAIR_NOT_ALLOWED, "c", "n", 0, 0),
					new InfeasiblePins.Conflict(InfeasiblePins.Kind.PERSON_OVER_CAPACITY, "a", null, 2, 1),
					new InfeasiblePins.Conflict(InfeasiblePins.Kind.PLACE_OVER_CAPACITY, null, "m", 2, 1)));
	}

	@Test
	void loadSpreadingSharesOutMenteesThatOneMentorWouldOtherwiseTakeAll() {
		// the star mentor scores a little higher with everyone, and could take all three
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			candidates.add(new Candidate("mentee" + i, "star", 900));
			candidates.add(new Candidate("mentee" + i, "other" + i, 850));
		}
		List<Side> mentors = List.of(new Side("star", 3), new Side("other0", 3), new Side("other1", 3),
				new Side("other2", 3));
		AssignmentProblem problem = AssignmentProblem.of(sides("mentee", 3, 1), mentors, candidates);

		assertThat(Assignments.optimal(problem).pairs()).extracting(Candidate::place).containsOnly("star");

		Assignment spread = Assignments.optimal(problem.withLoadStep(100));
		assertThat(spread.pairs()).extracting(Candidate::place).containsOnlyOnce("star");
		assertThat(spread.objective()).isEqualTo(900 + 850 + 850);
		assertThat(spread.unplaced()).isEmpty();
	}

	@Test
	void everyoneIsPlacedWhenCapacityAllowsEvenAtALowerScore() {
		// b can only go to m; a would score more at m but is placed at n so that b is placed too
		List<Candidate> candidates = List.of(new Candidate("a", "m", 1000), new Candidate("a", "n", 1),
				new Candidate("b", "m", 1));

		Assignment result = Assignments.optimal(AssignmentProblem.of(List.of(new Side("a", 1), new Side("b", 1)),
				List.of(new Side("m", 1), new Side("n", 1)), candidates));

		assertThat(result.unplaced()).isEmpty();
		assertThat(result.totalScore()).isEqualTo(2);
	}

	static Stream<Long> seeds() {
		return IntStream.range(0, 300).mapToObj((i) -> 7919L * i + 17);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void matchesBruteForceOnSmallRandomInstances(long seed) {
		Random random = new Random(seed);
		int peopleCount = 1 + random.nextInt(5);
		int placeCount = 1 + random.nextInt(3);
		List<Side> people = new ArrayList<>();
		for (int i = 0; i < peopleCount; i++) {
			people.add(new Side("p" + i, 1 + ((random.nextInt(4) == 0) ? 1 : 0)));
		}
		List<Side> places = new ArrayList<>();
		for (int j = 0; j < placeCount; j++) {
			places.add(new Side("q" + j, random.nextInt(4)));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Side p : people) {
			for (Side q : places) {
				if (random.nextInt(4) != 0) {
					candidates.add(new Candidate(p.id(), q.id(), random.nextInt(1001) - (random.nextBoolean() ? 0 : 300)));
				}
			}
		}
		long loadStep = random.nextBoolean() ? 0 : random.nextInt(400);
		List<Pair> pinned = (random.nextInt(3) == 0 && !candidates.isEmpty())
				? List.of(candidates.get(random.nextInt(candidates.size())).pair()) : List.of();
		AssignmentProblem problem = new AssignmentProblem(people, places, candidates, pinned, loadStep);
		if (pinned.size() == 1 && places.stream().filter((q) -> q.id().equals(pinned.get(0).place())).findFirst().get().capacity() == 0) {
			assertThatExceptionOfType(InfeasiblePins.class).isThrownBy(() -> Assignments.optimal(problem));
			return;
		}

		Assignment solved = Assignments.optimal(problem);
		long[] best = bruteForce(problem);

		assertThat(solved.pairs().size()).as("placements").isEqualTo(best[0]);
		assertThat(solved.objective()).as("objective").isEqualTo(best[1]);
		assertCapacitiesRespected(problem, solved);
	}

	static Stream<Long> largerSeeds() {
		return IntStream.range(0, 40).mapToObj((i) -> 104729L * i + 3);
	}

	/** The cost-scaling solver finds flows as cheap as JGraphT's capacity scaling on larger random networks. */
	@ParameterizedTest
	@MethodSource("largerSeeds")
	void theCostScalingSolverMatchesJGraphTOnLargerRandomNetworks(long seed) {
		Random random = new Random(seed);
		int peopleCount = 20 + random.nextInt(60);
		int placeCount = 5 + random.nextInt(20);
		List<Side> people = new ArrayList<>();
		for (int i = 0; i < peopleCount; i++) {
			people.add(new Side("p" + i, 1 + ((random.nextInt(5) == 0) ? 1 : 0)));
		}
		List<Side> places = new ArrayList<>();
		for (int j = 0; j < placeCount; j++) {
			places.add(new Side("q" + j, random.nextInt(6)));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Side p : people) {
			for (Side q : places) {
				if (random.nextInt(3) == 0) {
					candidates.add(new Candidate(p.id(), q.id(), random.nextInt(1001) - (random.nextBoolean() ? 0 : 300)));
				}
			}
		}
		long loadStep = random.nextBoolean() ? 0 : random.nextInt(200);
		AssignmentProblem problem = new AssignmentProblem(people, places, candidates, List.of(), loadStep);
		FlowNetwork network = Assignments.network(problem);
		long[] ours = Assignments.solve(network);
		long[] theirs = Assignments.solveWithJGraphT(network);
		assertThat(network.costOf(ours)).isEqualTo(network.costOf(theirs));
		// a flow: capacities kept, the supply leaves the source and every other node balances
		long[] balance = new long[network.nodes()];
		for (int a = 0; a < network.arcs(); a++) {
			assertThat(ours[a]).isBetween(0L, (long) network.capacity()[a]);
			balance[network.tail()[a]] -= ours[a];
			balance[network.head()[a]] += ours[a];
		}
		for (int v = 0; v < network.nodes(); v++) {
			long expected = (v == network.source()) ? -network.supply() : (v == network.sink()) ? network.supply() : 0;
			assertThat(balance[v]).as("balance of node %d", v).isEqualTo(expected);
		}
		Assignment solved = Assignments.optimal(problem);
		assertCapacitiesRespected(problem, solved);
		// optimal's two steps (the most that can be placed, then the best placement of that many) reach the
		// optimum of the whole network, read back as an assignment
		if (network.supply() > 0) {
			long notPlaced = theirs[network.arcs() - 1];
			long big = network.cost()[network.arcs() - 1];
			long best = Math.max(0, candidates.stream().mapToLong(Candidate::score).max().orElse(0));
			long placed = network.supply() - notPlaced;
			assertThat(solved.pairs()).hasSize((int) placed);
			assertThat(solved.objective()).isEqualTo(placed * best + notPlaced * big - network.costOf(theirs));
		}
	}

	/** The maximum flow of the networks above without their "not placed" arc, against JGraphT's Edmonds-Karp. */
	@ParameterizedTest
	@MethodSource("largerSeeds")
	void theMaximumFlowMatchesJGraphT(long seed) {
		Random random = new Random(seed);
		int nodes = 2 + random.nextInt(40);
		int arcs = random.nextInt(200);
		int[] tail = new int[arcs];
		int[] head = new int[arcs];
		int[] capacity = new int[arcs];
		org.jgrapht.Graph<Integer, org.jgrapht.graph.DefaultWeightedEdge> graph = new org.jgrapht.graph.DirectedWeightedPseudograph<>(
				org.jgrapht.graph.DefaultWeightedEdge.class);
		for (int v = 0; v < nodes; v++) {
			graph.addVertex(v);
		}
		for (int a = 0; a < arcs; a++) {
			tail[a] = random.nextInt(nodes);
			head[a] = random.nextInt(nodes);
			capacity[a] = random.nextInt(6);
			if (tail[a] != head[a]) {
				graph.setEdgeWeight(graph.addEdge(tail[a], head[a]), capacity[a]);
			}
		}
		FlowNetwork network = new FlowNetwork(nodes, 0, 1, 0, tail, head, capacity, new long[arcs]);
		double theirs = new org.jgrapht.alg.flow.EdmondsKarpMFImpl<>(graph).getMaximumFlowValue(0, 1);
		assertThat(MaxFlow.value(network)).isEqualTo(Math.round(theirs));
	}

	/** The best (placements, objective) over every subset of the candidates that fits the capacities. */
	private static long[] bruteForce(AssignmentProblem problem) {
		List<Candidate> candidates = problem.candidates();
		long[] best = { -1, Long.MIN_VALUE };
		for (int mask = 0; mask < (1 << candidates.size()); mask++) {
			List<Candidate> chosen = new ArrayList<>();
			for (int k = 0; k < candidates.size(); k++) {
				if ((mask & (1 << k)) != 0) {
					chosen.add(candidates.get(k));
				}
			}
			if (!chosen.stream().map(Candidate::pair).toList().containsAll(problem.pinned()) || !fits(problem, chosen)) {
				continue;
			}
			long score = chosen.stream().mapToLong(Candidate::score).sum();
			long penalty = 0;
			for (Side q : problem.places()) {
				long n = chosen.stream().filter((c) -> c.place().equals(q.id())).count();
				penalty += problem.loadStep() * n * (n - 1) / 2;
			}
			long objective = score - penalty;
			if (chosen.size() > best[0] || (chosen.size() == best[0] && objective > best[1])) {
				best[0] = chosen.size();
				best[1] = objective;
			}
		}
		return best;
	}

	private static boolean fits(AssignmentProblem problem, List<Candidate> chosen) {
		for (Side p : problem.people()) {
			if (chosen.stream().filter((c) -> c.person().equals(p.id())).count() > p.capacity()) {
				return false;
			}
		}
		for (Side q : problem.places()) {
			if (chosen.stream().filter((c) -> c.place().equals(q.id())).count() > q.capacity()) {
				return false;
			}
		}
		return true;
	}

	private static void assertCapacitiesRespected(AssignmentProblem problem, Assignment solved) {
		assertThat(fits(problem, solved.pairs())).as("capacities respected").isTrue();
		assertThat(solved.pairs().stream().map(Candidate::pair).toList()).containsAll(problem.pinned());
	}

	private static List<Side> sides(String prefix, int count, int capacity) {
		return IntStream.range(0, count).mapToObj((i) -> new Side(prefix + i, capacity)).toList();
	}

}
