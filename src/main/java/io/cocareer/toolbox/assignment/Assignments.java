package io.cocareer.toolbox.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

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
 * same size by the same amount. Pinned pairs are taken first and the rest is solved around them,
 * by {@link CostScalingFlow} ({@link #network} and {@link #solve} give the network and its flow to
 * compare with other solvers).
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
		FlowNetwork network = built.network();
		if (network.supply() > 0) {
			long[] flow = CostScalingFlow.solve(network);
			for (int a = 0; a < built.candidateArcs(); a++) {
				if (flow[a] > 0) {
					chosen.add(built.pairOf()[a]);
				}
			}
		}
		return assignment(problem, chosen);
	}

	/**
	 * The network {@link #optimal} solves for the problem, pins taken first (throws
	 * {@link InfeasiblePins} as it does): for a benchmark to hand the same network to another solver.
	 */
	public static FlowNetwork network(AssignmentProblem problem) {
		return build(problem).network();
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

	/** The network of a problem with its pins taken, and which candidate each of its first arcs is. */
	private record Built(FlowNetwork network, List<Candidate> pinned, Candidate[] pairOf, int candidateArcs) {

	}

	private static Built build(AssignmentProblem problem) {
		// the pairs by pair only when there are pins to look up (a large problem has none, usually)
		Map<Pair, Candidate> allowed = new LinkedHashMap<>();
		if (!problem.pinned().isEmpty()) {
			problem.candidates().forEach((c) -> allowed.put(c.pair(), c));
		}
		Map<String, Integer> personLeft = capacities(problem.people());
		Map<String, Integer> placeLeft = capacities(problem.places());
		Map<String, Integer> placePinned = new HashMap<>();
		List<Candidate> pinned = pin(problem, allowed, personLeft, placeLeft, placePinned);
		Set<Pair> pinnedPairs = new HashSet<>(problem.pinned());

		List<Side> people = problem.people();
		List<Side> places = problem.places();
		Map<String, Integer> placeIndex = new HashMap<>();
		for (int j = 0; j < places.size(); j++) {
			placeIndex.put(places.get(j).id(), j);
		}
		Map<String, Integer> personIndex = new HashMap<>();
		for (int i = 0; i < people.size(); i++) {
			personIndex.put(people.get(i).id(), i);
		}
		long best = 0;
		long worst = 0;
		for (Candidate c : problem.candidates()) {
			best = Math.max(best, c.score());
			worst = Math.min(worst, c.score());
		}
		int maxPlaceCapacity = places.stream().mapToInt(Side::capacity).max().orElse(0);
		long spread = (best - worst) + problem.loadStep() * Math.max(0, maxPlaceCapacity - 1);

		int firstPerson = 2;
		int firstPlace = firstPerson + people.size();
		Arcs arcs = new Arcs(problem.candidates().size() + people.size() + places.size() + 1);
		List<Candidate> pairOf = new ArrayList<>();
		boolean[] personHasArc = new boolean[people.size()];
		boolean[] placeHasArc = new boolean[places.size()];
		int[] personRoom = new int[people.size()];
		for (int i = 0; i < people.size(); i++) {
			personRoom[i] = personLeft.get(people.get(i).id());
		}
		int[] placeRoom = new int[places.size()];
		for (int j = 0; j < places.size(); j++) {
			placeRoom[j] = placeLeft.get(places.get(j).id());
		}
		for (Candidate c : problem.candidates()) {
			if (!pinnedPairs.isEmpty() && pinnedPairs.contains(c.pair())) {
				continue;
			}
			int i = personIndex.get(c.person());
			int j = placeIndex.get(c.place());
			if (personRoom[i] == 0 || placeRoom[j] == 0) {
				continue;
			}
			arcs.add(firstPerson + i, firstPlace + j, 1, best - c.score());
			pairOf.add(c);
			personHasArc[i] = true;
			placeHasArc[j] = true;
		}
		int candidateArcs = pairOf.size();
		long supplyPeople = 0;
		for (int i = 0; i < people.size(); i++) {
			int left = personLeft.get(people.get(i).id());
			if (left > 0 && personHasArc[i]) {
				arcs.add(SOURCE, firstPerson + i, left, 0);
				supplyPeople += left;
			}
		}
		long supplyPlaces = 0;
		for (int j = 0; j < places.size(); j++) {
			String id = places.get(j).id();
			int left = placeLeft.get(id);
			if (left == 0 || !placeHasArc[j]) {
				continue;
			}
			supplyPlaces += left;
			int already = placePinned.getOrDefault(id, 0);
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
		if (flow > 0) {
			long big = 2L * flow * spread + 1;
			arcs.add(SOURCE, SINK, flow, big);
		}
		FlowNetwork network = new FlowNetwork(firstPlace + places.size(), SOURCE, SINK, flow, arcs.tails(), arcs.heads(),
				arcs.capacities(), arcs.costs());
		return new Built(network, pinned, pairOf.toArray(new Candidate[0]), candidateArcs);
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

	private static List<Candidate> pin(AssignmentProblem problem, Map<Pair, Candidate> allowed,
			Map<String, Integer> personLeft, Map<String, Integer> placeLeft, Map<String, Integer> placePinned) {
		List<Conflict> conflicts = new ArrayList<>();
		List<Candidate> pinned = new ArrayList<>();
		Map<String, Integer> personPins = new LinkedHashMap<>();
		Map<String, Integer> placePins = new LinkedHashMap<>();
		for (Pair pair : problem.pinned()) {
			Candidate candidate = allowed.get(pair);
			if (candidate == null) {
				conflicts.add(new Conflict(Kind.PAIR_NOT_ALLOWED, pair.person(), pair.place(), 0, 0));
				continue;
			}
			pinned.add(candidate);
			personPins.merge(pair.person(), 1, Integer::sum);
			placePins.merge(pair.place(), 1, Integer::sum);
		}
		personPins.forEach((person, pins) -> {
			if (pins > personLeft.get(person)) {
				conflicts.add(new Conflict(Kind.PERSON_OVER_CAPACITY, person, null, pins, personLeft.get(person)));
			}
		});
		placePins.forEach((place, pins) -> {
			if (pins > placeLeft.get(place)) {
				conflicts.add(new Conflict(Kind.PLACE_OVER_CAPACITY, null, place, pins, placeLeft.get(place)));
			}
		});
		if (!conflicts.isEmpty()) {
			throw new InfeasiblePins(conflicts);
		}
		personPins.forEach((person, pins) -> personLeft.merge(person, -pins, Integer::sum));
		placePins.forEach((place, pins) -> {
			placeLeft.merge(place, -pins, Integer::sum);
			placePinned.put(place, pins);
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

	private static Map<String, Integer> capacities(List<Side> sides) {
		Map<String, Integer> capacities = new HashMap<>();
		sides.forEach((side) -> capacities.put(side.id(), side.capacity()));
		return capacities;
	}


}
