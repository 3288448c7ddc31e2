package io.cocareer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import io.cocareer.toolbox.assignment.Assignment;
import io.cocareer.toolbox.assignment.AssignmentProblem;
import io.cocareer.toolbox.assignment.AssignmentProblem.Candidate;
import io.cocareer.toolbox.assignment.AssignmentProblem.Side;
import io.cocareer.toolbox.assignment.Assignments;
import io.cocareer.toolbox.assignment.FlowNetwork;

/**
 * {@code toolbox.assignment} against OR-Tools' min-cost flow on the same networks (issue 11): the
 * seeded instances of the issue are built as {@link AssignmentProblem}s, {@link Assignments#network}
 * turns each into the very network {@link Assignments#optimal} solves, and OR-Tools'
 * {@code MinCostFlow} (SimpleMinCostFlow) solves those same arcs, capacities, costs and supplies.
 * The optimal costs must be equal (the program fails otherwise); then each solver is timed after a
 * warm-up, several runs, medians. Built and run only with the Maven profile {@code ortools}
 * ({@code bin/assignment-vs-ortools}).
 * <p>
 * Arguments: runs (default 5), warm-up rounds (default 2), seed (default 11).
 */
public final class AssignmentVsOrTools {

	private AssignmentVsOrTools() {
	}

	public static void main(String[] args) {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		int warmUp = (args.length > 1) ? Integer.parseInt(args[1]) : 2;
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 11;
		Loader.loadNativeLibraries();
		List<String> rows = new ArrayList<>();
		rows.add(compare("mentoring: 1,000 mentees, 300 mentors (capacity 1-5), every pair allowed, load step 50",
				mentoring(new Random(seed)), runs, warmUp));
		rows.add(compare("rotation: 5,000 talents, 1,000 packages (1-5 seats), 30-60 eligible packages a talent",
				rotation(new Random(seed + 1)), runs, warmUp));
		System.out.println();
		System.out.println("| instance | nodes | arcs | flow | optimal cost (all three) | objective | Assignments.solve "
				+ "| Assignments.optimal | OR-Tools build + solve | OR-Tools build + max flow with min cost "
				+ "| ratio solve / OR-Tools solve | ratio optimal / fastest OR-Tools | JGraphT capacity scaling (one run) |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		rows.forEach(System.out::println);
	}

	/** 1,000 mentees (one mentor each) and 300 mentors taking 1 to 5 mentees; every pair allowed, scores 0-1000. */
	static AssignmentProblem mentoring(Random random) {
		List<Side> mentees = new ArrayList<>();
		List<Side> mentors = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			mentees.add(new Side("mentee-" + i, 1));
		}
		for (int j = 0; j < 300; j++) {
			mentors.add(new Side("mentor-" + j, 1 + random.nextInt(5)));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			for (int j = 0; j < 300; j++) {
				candidates.add(new Candidate("mentee-" + i, "mentor-" + j, random.nextInt(1001)));
			}
		}
		return new AssignmentProblem(mentees, mentors, candidates, List.of(), 50);
	}

	/**
	 * 5,000 talents (one seat each) and 1,000 packages with 1 to 5 seats; each talent eligible for 30
	 * to 60 packages drawn at random (as an eligibility filter on dates, week and competencies would
	 * leave), scores 1-1000.
	 */
	static AssignmentProblem rotation(Random random) {
		List<Side> talents = new ArrayList<>();
		List<Side> packages = new ArrayList<>();
		for (int j = 0; j < 1000; j++) {
			packages.add(new Side("package-" + j, 1 + random.nextInt(5)));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			talents.add(new Side("talent-" + i, 1));
			int eligible = 30 + random.nextInt(31);
			int[] chosen = random.ints(0, 1000).distinct().limit(eligible).toArray();
			for (int j : chosen) {
				candidates.add(new Candidate("talent-" + i, "package-" + j, 1 + random.nextInt(1000)));
			}
		}
		return AssignmentProblem.of(talents, packages, candidates);
	}

	private static String compare(String name, AssignmentProblem problem, int runs, int warmUp) {
		FlowNetwork network = Assignments.network(problem);
		FlowNetwork placements = withoutNotPlacedArc(network);
		long ours = network.costOf(Assignments.solve(network));
		OrToolsResult reference = orTools(network);
		long started = System.nanoTime();
		long jgrapht = network.costOf(Assignments.solveWithJGraphT(network));
		double jgraphtMillis = (System.nanoTime() - started) / 1e6;
		System.out.printf(Locale.ROOT, "%s%n  %d nodes, %d arcs, flow %d; optimal cost: Assignments %d, OR-Tools %d, "
				+ "JGraphT %d (one run, %.0f ms)%n", name, network.nodes(), network.arcs(), network.supply(), ours,
				reference.cost(), jgrapht, jgraphtMillis);
		if (ours != reference.cost() || jgrapht != reference.cost()) {
			throw new IllegalStateException("The optimal costs differ: Assignments " + ours + ", OR-Tools "
					+ reference.cost() + ", JGraphT " + jgrapht);
		}
		// Assignments.optimal solves in two steps (the most that can be placed, then the best placement of
		// that many): its result must be OR-Tools' optimum read back as an assignment
		Assignment assignment = Assignments.optimal(problem);
		long best = problem.candidates().stream().mapToLong(Candidate::score).max().orElse(0);
		long big = network.cost()[network.arcs() - 1];
		long placedByOrTools = network.supply() - reference.notPlaced();
		long objectiveByOrTools = placedByOrTools * best + reference.notPlaced() * big - reference.cost();
		if (assignment.pairs().size() != placedByOrTools || assignment.objective() != objectiveByOrTools) {
			throw new IllegalStateException("Assignments.optimal places " + assignment.pairs().size() + " for "
					+ assignment.objective() + "; OR-Tools' optimum places " + placedByOrTools + " for " + objectiveByOrTools);
		}
		OrToolsResult twoStep = orToolsMaxFlowWithMinCost(placements);
		if (twoStep.cost() != reference.cost() - reference.notPlaced() * big) {
			throw new IllegalStateException("OR-Tools' max flow with min cost differs: " + twoStep.cost());
		}
		for (int i = 0; i < warmUp; i++) {
			Assignments.solve(network);
			Assignments.optimal(problem);
			orTools(network);
			orToolsMaxFlowWithMinCost(placements);
		}
		// the five are timed in turn within each run, so that a slower moment of the machine weighs on all alike
		double[][] millis = new double[5][runs];
		for (int r = 0; r < runs; r++) {
			millis[0][r] = time(() -> Assignments.solve(network).length);
			millis[1][r] = time(() -> Assignments.optimal(problem).pairs().size());
			millis[2][r] = time(() -> Assignments.network(problem).arcs());
			millis[3][r] = time(() -> orTools(network).cost());
			millis[4][r] = time(() -> orToolsMaxFlowWithMinCost(placements).cost());
		}
		double solve = median(millis[0]);
		double optimal = median(millis[1]);
		double building = median(millis[2]);
		double orTools = median(millis[3]);
		double orToolsTwoStep = median(millis[4]);
		double fastest = Math.min(orTools, orToolsTwoStep);
		System.out.printf(Locale.ROOT, "  medians of %d runs: Assignments.solve %.1f ms, Assignments.optimal %.1f ms "
				+ "(of which building the network %.1f ms); OR-Tools solve %.1f ms, OR-Tools max flow with min cost "
				+ "%.1f ms; ratios: solve / OR-Tools solve %.2f, optimal / fastest OR-Tools %.2f%n", runs, solve, optimal,
				building, orTools, orToolsTwoStep, solve / orTools, optimal / fastest);
		return String.format(Locale.ROOT,
				"| %s | %,d | %,d | %,d | %,d | %,d (%,d placed) | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f | %.2f | %.0f ms |",
				name, network.nodes(), network.arcs(), network.supply(), reference.cost(), assignment.objective(),
				assignment.pairs().size(), solve, optimal, orTools, orToolsTwoStep, solve / orTools, optimal / fastest,
				jgraphtMillis);
	}

	/** The network without its last arc, the "not placed" arc source → sink, and the same supply. */
	private static FlowNetwork withoutNotPlacedArc(FlowNetwork network) {
		int last = network.arcs() - 1;
		if (network.tail()[last] != network.source() || network.head()[last] != network.sink()) {
			throw new IllegalStateException("The network's last arc is not source → sink");
		}
		return new FlowNetwork(network.nodes(), network.source(), network.sink(), network.supply(),
				Arrays.copyOf(network.tail(), last), Arrays.copyOf(network.head(), last),
				Arrays.copyOf(network.capacity(), last), Arrays.copyOf(network.cost(), last));
	}

	/** An optimal cost and the flow on the network's last arc (the units not placed). */
	private record OrToolsResult(long cost, long notPlaced) {

	}

	/** OR-Tools' SimpleMinCostFlow on the network's arcs: building it and solving. */
	private static OrToolsResult orTools(FlowNetwork network) {
		MinCostFlow flow = orToolsGraph(network);
		try {
			MinCostFlowBase.Status status = flow.solve();
			if (status != MinCostFlowBase.Status.OPTIMAL) {
				throw new IllegalStateException("OR-Tools: " + status);
			}
			return new OrToolsResult(flow.getOptimalCost(), flow.getFlow(network.arcs() - 1));
		}
		finally {
			flow.delete();
		}
	}

	/**
	 * OR-Tools' own two steps on the network without the "not placed" arc: the maximum flow, and the
	 * cheapest among the maximum flows (SimpleMinCostFlow.SolveMaxFlowWithMinCost), as
	 * {@code Assignments.optimal} does.
	 */
	private static OrToolsResult orToolsMaxFlowWithMinCost(FlowNetwork placements) {
		MinCostFlow flow = orToolsGraph(placements);
		try {
			MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
			if (status != MinCostFlowBase.Status.OPTIMAL) {
				throw new IllegalStateException("OR-Tools: " + status);
			}
			return new OrToolsResult(flow.getOptimalCost(), 0);
		}
		finally {
			flow.delete();
		}
	}

	private static MinCostFlow orToolsGraph(FlowNetwork network) {
		MinCostFlow flow = new MinCostFlow(network.nodes(), network.arcs());
		for (int a = 0; a < network.arcs(); a++) {
			flow.addArcWithCapacityAndUnitCost(network.tail()[a], network.head()[a], network.capacity()[a],
					network.cost()[a]);
		}
		flow.setNodeSupply(network.source(), network.supply());
		flow.setNodeSupply(network.sink(), -network.supply());
		return flow;
	}

	private static double time(LongSupplier run) {
		long started = System.nanoTime();
		run.getAsLong();
		return (System.nanoTime() - started) / 1e6;
	}

	private static double median(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		int runs = sorted.length;
		return (runs % 2 == 1) ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
	}

}
