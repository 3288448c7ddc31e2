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
				+ "(median) | Assignments.optimal (median) | OR-Tools build + solve (median) | ratio solve / OR-Tools | "
				+ "JGraphT capacity scaling (one run) |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
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
		long ours = network.costOf(Assignments.solve(network));
		long orToolsCost = orTools(network);
		long started = System.nanoTime();
		long jgrapht = network.costOf(Assignments.solveWithJGraphT(network));
		double jgraphtMillis = (System.nanoTime() - started) / 1e6;
		System.out.printf(Locale.ROOT, "%s%n  %d nodes, %d arcs, flow %d; optimal cost: Assignments %d, OR-Tools %d, "
				+ "JGraphT %d (one run, %.0f ms)%n", name, network.nodes(), network.arcs(), network.supply(), ours,
				orToolsCost, jgrapht, jgraphtMillis);
		if (ours != orToolsCost || jgrapht != orToolsCost) {
			throw new IllegalStateException("The optimal costs differ: Assignments " + ours + ", OR-Tools " + orToolsCost
					+ ", JGraphT " + jgrapht);
		}
		Assignment assignment = Assignments.optimal(problem);
		for (int i = 0; i < warmUp; i++) {
			Assignments.solve(network);
			Assignments.optimal(problem);
			orTools(network);
		}
		double solve = median(runs, () -> Assignments.solve(network).length);
		double optimal = median(runs, () -> Assignments.optimal(problem).pairs().size());
		double building = median(runs, () -> Assignments.network(problem).arcs());
		double orTools = median(runs, () -> orTools(network));
		System.out.printf(Locale.ROOT, "  medians of %d runs: Assignments.solve %.1f ms, Assignments.optimal %.1f ms "
				+ "(of which building the network %.1f ms), OR-Tools %.1f ms (ratio solve / OR-Tools %.2f)%n", runs, solve,
				optimal, building, orTools, solve / orTools);
		return String.format(Locale.ROOT,
				"| %s | %,d | %,d | %,d | %,d | %,d (%,d placed) | %.1f ms | %.1f ms | %.1f ms | %.2f | %.0f ms |", name,
				network.nodes(), network.arcs(), network.supply(), orToolsCost, assignment.objective(),
				assignment.pairs().size(), solve, optimal, orTools, solve / orTools, jgraphtMillis);
	}

	/** OR-Tools' SimpleMinCostFlow on the network's arcs: building it and solving, the optimal cost. */
	private static long orTools(FlowNetwork network) {
		MinCostFlow flow = new MinCostFlow(network.nodes(), network.arcs());
		try {
			for (int a = 0; a < network.arcs(); a++) {
				flow.addArcWithCapacityAndUnitCost(network.tail()[a], network.head()[a], network.capacity()[a],
						network.cost()[a]);
			}
			flow.setNodeSupply(network.source(), network.supply());
			flow.setNodeSupply(network.sink(), -network.supply());
			MinCostFlowBase.Status status = flow.solve();
			if (status != MinCostFlowBase.Status.OPTIMAL) {
				throw new IllegalStateException("OR-Tools: " + status);
			}
			return flow.getOptimalCost();
		}
		finally {
			flow.delete();
		}
	}

	private static double median(int runs, LongSupplier run) {
		double[] millis = new double[runs];
		for (int r = 0; r < runs; r++) {
			long started = System.nanoTime();
			run.getAsLong();
			millis[r] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return (runs % 2 == 1) ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
	}

}
