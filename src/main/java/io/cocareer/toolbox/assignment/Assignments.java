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
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

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
 */
public final class Assignments {

	private static final int SOURCE = 0;

	private static final int SINK = 1;

	private Assignments() {
	}

	/** The optimal assignment; throws {@link InfeasiblePins} naming every pin that cannot hold. */
	public static Assignment optimal(AssignmentProblem problem) {
		Map<Pair, Candidate> allowed = new LinkedHashMap<>();
		problem.candidates().forEach((c) -> allowed.put(c.pair(), c));
		Map<String, Integer> personLeft = capacities(problem.people());
		Map<String, Integer> placeLeft = capacities(problem.places());
		Map<String, Integer> placePinned = new HashMap<>();
		List<Candidate> chosen = new ArrayList<>(pin(problem, allowed, personLeft, placeLeft, placePinned));
		Set<Pair> pinnedPairs = new HashSet<>(problem.pinned());

		List<Side> people = problem.people();
		List<Side> places = problem.places();
		Map<String, Integer> placeIndex = new HashMap<>();
		for (int j = 0; j < places.size(); j++) {
			placeIndex.put(places.get(j).id(), j);
		}
		long best = 0;
		long worst = 0;
		for (Candidate c : problem.candidates()) {
			best = Math.max(best, c.score());
			worst = Math.min(worst, c.score());
		}
		int maxPlaceCapacity = places.stream().mapToInt(Side::capacity).max().orElse(0);
		long spread = (best - worst) + problem.loadStep() * Math.max(0, maxPlaceCapacity - 1);

		Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
		Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
		Map<DefaultWeightedEdge, Candidate> pairOf = new HashMap<>();
		graph.addVertex(SOURCE);
		graph.addVertex(SINK);
		int firstPerson = 2;
		int firstPlace = firstPerson + people.size();
		long supplyPeople = 0;
		for (int i = 0; i < people.size(); i++) {
			graph.addVertex(firstPerson + i);
		}
		for (int j = 0; j < places.size(); j++) {
			graph.addVertex(firstPlace + j);
		}
		Map<String, Boolean> hasArc = new HashMap<>();
		Map<String, Integer> personIndex = new HashMap<>();
		for (int i = 0; i < people.size(); i++) {
			personIndex.put(people.get(i).id(), i);
		}
		for (Candidate c : problem.candidates()) {
			if (pinnedPairs.contains(c.pair())) {
				continue;
			}
			if (personLeft.get(c.person()) == 0 || placeLeft.get(c.place()) == 0) {
				continue;
			}
			DefaultWeightedEdge arc = arc(graph, capacity, firstPerson + personIndex.get(c.person()),
					firstPlace + placeIndex.get(c.place()), 1, best - c.score());
			pairOf.put(arc, c);
			hasArc.put(c.person(), true);
			hasArc.put(c.place(), true);
		}
		for (int i = 0; i < people.size(); i++) {
			String id = people.get(i).id();
			int left = personLeft.get(id);
			if (left > 0 && hasArc.containsKey(id)) {
				arc(graph, capacity, SOURCE, firstPerson + i, left, 0);
				supplyPeople += left;
			}
		}
		long supplyPlaces = 0;
		for (int j = 0; j < places.size(); j++) {
			String id = places.get(j).id();
			int left = placeLeft.get(id);
			if (left == 0 || !hasArc.containsKey(id)) {
				continue;
			}
			supplyPlaces += left;
			int already = placePinned.getOrDefault(id, 0);
			if (problem.loadStep() == 0) {
				arc(graph, capacity, firstPlace + j, SINK, left, 0);
			}
			else {
				for (int k = already + 1; k <= already + left; k++) {
					arc(graph, capacity, firstPlace + j, SINK, 1, (k - 1) * problem.loadStep());
				}
			}
		}
		int flow = (int) Math.min(supplyPeople, supplyPlaces);
		if (flow > 0) {
			long big = 2L * flow * spread + 1;
			arc(graph, capacity, SOURCE, SINK, flow, big);
			MinimumCostFlowProblem<Integer, DefaultWeightedEdge> network = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
					graph, (v) -> (v == SOURCE) ? flow : (v == SINK) ? -flow : 0, capacity::get);
			MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> result = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
				.getMinimumCostFlow(network);
			result.getFlowMap().forEach((arc, units) -> {
				Candidate c = pairOf.get(arc);
				if (c != null && units > 0.5) {
					chosen.add(c);
				}
			});
		}
		return assignment(problem, chosen);
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

	private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> graph,
			Map<DefaultWeightedEdge, Integer> capacity, int from, int to, int units, long cost) {
		DefaultWeightedEdge arc = graph.addEdge(from, to);
		graph.setEdgeWeight(arc, cost);
		capacity.put(arc, units);
		return arc;
	}

}
