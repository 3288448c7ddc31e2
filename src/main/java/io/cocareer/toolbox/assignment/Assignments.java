package io.cocareer.toolbox.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DirectedPseudograph;

import io.cocareer.toolbox.assignment.AssignmentProblem.Candidate;
import io.cocareer.toolbox.assignment.AssignmentProblem.Pair;
import io.cocareer.toolbox.assignment.AssignmentProblem.Side;
import io.cocareer.toolbox.assignment.InfeasiblePins.Conflict;
import io.cocareer.toolbox.assignment.InfeasiblePins.Kind;

/**
 * Solves an {@link AssignmentProblem} exactly, as the minimum-cost flow of DOMAIN.md §5.2:
 * <pre>
 * source → person   capacity: the person's,  cost 0
 * person → place    capacity 1,              cost: best score − the pair's score (candidates only)
 * place  → sink     one arc per seat k = 1, 2, …, capacity 1, cost (k − 1) × load step
 * source → sink     capacity F,              cost BIG (a person not placed)
 * supply F = min(Σ people's capacities, Σ places' capacities)
 * </pre>
 * BIG exceeds any change a placement can make to the rest of the cost, so the flow places as many
 * people as possible and, among those placements, maximises the total score less the load penalty.
 * Costs are shifted by the best score to stay non-negative, which changes every placement of the
 * same size by the same amount. Pinned pairs are taken first and the rest is solved around them.
 * <p>
 * {@link #optimal} solves it in two steps with the same optimum: the maximum flow F* without the
 * BIG arc ({@link MaxFlow}), then the minimum-cost flow of F* units without it ({@link CostScalingFlow}).
 * {@link #network} and {@link #solve} give the whole network and its flow to compare with other
 * solvers.
 */
public final class Assignments {

	private static final int SOURCE = 0;

	private static final int SINK = 1;

	private Assignments() {
	}

	/** The optimal assignment; throws {@link InfeasiblePins} naming every pin that cannot hold. */
	public static Assignment optimal(AssignmentProblem problem) {
		Built built = build(problem);
		List<Candidate> chosen = new ArrayList<>(built.pinned());
		FlowNetwork placements = built.placements();
		// how many can be placed at all, then the best placement of exactly that many: the network
		// without its "not placed" arc, whose cost would take the min-cost flow several more scaling phases
		int placed = (placements.supply() > 0) ? (int) MaxFlow.value(placements) : 0;
		if (placed > 0) {
			long[] flow = CostScalingFlow.solve(placements.withSupply(placed));
			for (int a = 0; a < built.candidateArcs(); a++) {
				if (flow[a] > 0) {
					chosen.add(problem.candidates().get(built.candidateOf()[a]));
				}
			}
		}
		return assignment(problem, chosen);
	}

	/**
	 * The network of DOMAIN.md §5.2 for the problem, pins taken first (throws {@link InfeasiblePins}
	 * as {@link #optimal} does), with its "not placed" arc source → sink at cost BIG: for a benchmark
	 * to hand the same network to another solver. Its optimal cost is {@link #optimal}'s.
	 */
	public static FlowNetwork network(AssignmentProblem problem) {
		Built built = build(problem);
		FlowNetwork placements = built.placements();
		if (placements.supply() == 0) {
			return placements;
		}
		return placements.withArc(SOURCE, SINK, placements.supply(), built.notPlacedCost());
	}

	/**
	 * The minimum-cost flow of the network, arc by arc, by cost scaling ({@link CostScalingFlow}):
	 * what {@link #optimal} uses.
	 */
	public static long[] solve(FlowNetwork network) {
		return CostScalingFlow.solve(network);
	}

	/**
	 * The minimum-cost flow of the network, arc by arc, with JGraphT's capacity scaling: what
	 * {@link #optimal} used before; kept to check the cost-scaling solver against it and for the benchmark.
	 * The graph is lean: vertices and arcs are the network's own int ids, and capacities and costs
	 * are read from its arrays (no map per arc).
	 */
	public static long[] solveWithJGraphT(FlowNetwork network) {
		Graph<Integer, Integer> graph = new DirectedPseudograph<>(null, null, false);
		for (int v = 0; v < network.nodes(); v++) {
			graph.addVertex(v);
		}
		int arcs = network.arcs();
		for (int a = 0; a < arcs; a++) {
			graph.addEdge(network.tail()[a], network.head()[a], a);
		}
		int source = network.source();
		int sink = network.sink();
		int supply = network.supply();
		int[] capacity = network.capacity();
		long[] cost = network.cost();
		// the algorithm reads each arc's cost as the graph's edge weight: a view computing it from the array
		Graph<Integer, Integer> weighted = new AsWeightedGraph<>(graph, (a) -> (double) cost[a], false, false);
		MinimumCostFlowProblem<Integer, Integer> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
				weighted, (v) -> (v == source) ? supply : (v == sink) ? -supply : 0, (a) -> capacity[a]);
		MinimumCostFlowAlgorithm.MinimumCostFlow<Integer> result = new CapacityScalingMinimumCostFlow<Integer, Integer>()
			.getMinimumCostFlow(problem);
		long[] flow = new long[arcs];
		result.getFlowMap().forEach((arc, units) -> flow[arc] = Math.round(units));
		return flow;
	}

	/**
	 * The network of a problem with its pins taken but without the "not placed" arc (its supply: as
	 * many as could be placed if every place were open to everyone), that arc's cost, and which
	 * candidate (by position) each of the network's first arcs is.
	 */
	private record Built(FlowNetwork placements, long notPlacedCost, List<Candidate> pinned, int[] candidateOf,
			int candidateArcs) {

	}

	private static Built build(AssignmentProblem problem) {
		List<Side> people = problem.people();
		List<Side> places = problem.places();
		List<Candidate> candidates = problem.candidates();
		int[] personLeft = new int[people.size()];
		for (int i = 0; i < personLeft.length; i++) {
			personLeft[i] = people.get(i).capacity();
		}
		int[] placeLeft = new int[places.size()];
		for (int j = 0; j < placeLeft.length; j++) {
			placeLeft[j] = places.get(j).capacity();
		}
		int[] placePinned = new int[places.size()];
		boolean[] isPinned = new boolean[candidates.size()];
		List<Candidate> pinned = pin(problem, personLeft, placeLeft, placePinned, isPinned);

		int count = candidates.size();
		long best = 0;
		long worst = 0;
		for (int c = 0; c < count; c++) {
			best = Math.max(best, problem.scoreOf(c));
			worst = Math.min(worst, problem.scoreOf(c));
		}
		int maxPlaceCapacity = places.stream().mapToInt(Side::capacity).max().orElse(0);
		long spread = (best - worst) + problem.loadStep() * Math.max(0, maxPlaceCapacity - 1);

		int firstPerson = 2;
		int firstPlace = firstPerson + people.size();
		Arcs arcs = new Arcs(count + people.size() + places.size());
		int[] candidateOf = new int[count];
		boolean[] personHasArc = new boolean[people.size()];
		boolean[] placeHasArc = new boolean[places.size()];
		int candidateArcs = 0;
		for (int c = 0; c < count; c++) {
			int i = problem.personOf(c);
			int j = problem.placeOf(c);
			if (isPinned[c] || personLeft[i] == 0 || placeLeft[j] == 0) {
				continue;
			}
			arcs.add(firstPerson + i, firstPlace + j, 1, best - problem.scoreOf(c));
			candidateOf[candidateArcs++] = c;
			personHasArc[i] = true;
			placeHasArc[j] = true;
		}
		long supplyPeople = 0;
		for (int i = 0; i < people.size(); i++) {
			if (personLeft[i] > 0 && personHasArc[i]) {
				arcs.add(SOURCE, firstPerson + i, personLeft[i], 0);
				supplyPeople += personLeft[i];
			}
		}
		long supplyPlaces = 0;
		for (int j = 0; j < places.size(); j++) {
			int left = placeLeft[j];
			if (left == 0 || !placeHasArc[j]) {
				continue;
			}
			supplyPlaces += left;
			int already = placePinned[j];
			if (problem.loadStep() == 0) {
				arcs.add(firstPlace + j, SINK, left, 0);
			}
			else {
				for (int k = already + 1; k <= already + left; k++) {
					arcs.add(firstPlace + j, SINK, 1, (k - 1) * problem.loadStep());
				}
			}
		}
		int flow = (int) Math.min(supplyPeople, supplyPlaces);
		long big = 2L * flow * spread + 1;
		FlowNetwork network = new FlowNetwork(firstPlace + places.size(), SOURCE, SINK, flow, arcs.tails(), arcs.heads(),
				arcs.capacities(), arcs.costs());
		return new Built(network, big, pinned, candidateOf, candidateArcs);
	}

	/** A growing list of arcs as parallel arrays. */
	private static final class Arcs {

		private int[] tail;

		private int[] head;

		private int[] capacity;

		private long[] cost;

		private int size;

		Arcs(int expected) {
			int n = Math.max(4, expected);
			this.tail = new int[n];
			this.head = new int[n];
			this.capacity = new int[n];
			this.cost = new long[n];
		}

		void add(int from, int to, int units, long unitCost) {
			if (this.size == this.tail.length) {
				int n = this.size * 2;
				this.tail = java.util.Arrays.copyOf(this.tail, n);
				this.head = java.util.Arrays.copyOf(this.head, n);
				this.capacity = java.util.Arrays.copyOf(this.capacity, n);
				this.cost = java.util.Arrays.copyOf(this.cost, n);
			}
			this.tail[this.size] = from;
			this.head[this.size] = to;
			this.capacity[this.size] = units;
			this.cost[this.size] = unitCost;
			this.size++;
		}

		int[] tails() {
			return java.util.Arrays.copyOf(this.tail, this.size);
		}

		int[] heads() {
			return java.util.Arrays.copyOf(this.head, this.size);
		}

		int[] capacities() {
			return java.util.Arrays.copyOf(this.capacity, this.size);
		}

		long[] costs() {
			return java.util.Arrays.copyOf(this.cost, this.size);
		}

	}

	/**
	 * Takes the pinned pairs out of the problem (marking their candidates and lowering the room
	 * left on both sides), or throws {@link InfeasiblePins} naming every pin that cannot hold.
	 */
	private static List<Candidate> pin(AssignmentProblem problem, int[] personLeft, int[] placeLeft, int[] placePinned,
			boolean[] isPinned) {
		if (problem.pinned().isEmpty()) {
			return List.of();
		}
		Map<Pair, Integer> candidateOf = new HashMap<>();
		for (int c = 0; c < problem.candidates().size(); c++) {
			candidateOf.put(problem.candidates().get(c).pair(), c);
		}
		List<Conflict> conflicts = new ArrayList<>();
		List<Candidate> pinned = new ArrayList<>();
		Map<Integer, Integer> personPins = new LinkedHashMap<>();
		Map<Integer, Integer> placePins = new LinkedHashMap<>();
		for (Pair pair : problem.pinned()) {
			Integer c = candidateOf.get(pair);
			if (c == null) {
				conflicts.add(new Conflict(Kind.PAIR_NOT_ALLOWED, pair.person(), pair.place(), 0, 0));
				continue;
			}
			isPinned[c] = true;
			pinned.add(problem.candidates().get(c));
			personPins.merge(problem.personOf(c), 1, Integer::sum);
			placePins.merge(problem.placeOf(c), 1, Integer::sum);
		}
		personPins.forEach((i, pins) -> {
			if (pins > personLeft[i]) {
				conflicts.add(new Conflict(Kind.PERSON_OVER_CAPACITY, problem.people().get(i).id(), null, pins,
						personLeft[i]));
			}
		});
		placePins.forEach((j, pins) -> {
			if (pins > placeLeft[j]) {
				conflicts.add(new Conflict(Kind.PLACE_OVER_CAPACITY, null, problem.places().get(j).id(), pins,
						placeLeft[j]));
			}
		});
		if (!conflicts.isEmpty()) {
			throw new InfeasiblePins(conflicts);
		}
		personPins.forEach((i, pins) -> personLeft[i] -= pins);
		placePins.forEach((j, pins) -> {
			placeLeft[j] -= pins;
			placePinned[j] = pins;
		});
		return pinned;
	}

	private static Assignment assignment(AssignmentProblem problem, List<Candidate> chosen) {
		long total = 0;
		Map<String, Integer> onPlace = new HashMap<>();
		Map<String, Boolean> placed = new HashMap<>();
		for (Candidate c : chosen) {
			total += c.score();
			onPlace.merge(c.place(), 1, Integer::sum);
			placed.put(c.person(), true);
		}
		long penalty = 0;
		for (int n : onPlace.values()) {
			// the k-th person costs (k - 1) steps: 0 + 1 + … + (n - 1)
			penalty += problem.loadStep() * ((long) n * (n - 1) / 2);
		}
		List<String> unplaced = problem.people()
			.stream()
			.map(Side::id)
			.filter((id) -> !placed.containsKey(id))
			.toList();
		return new Assignment(chosen, total, penalty, unplaced);
	}

}
