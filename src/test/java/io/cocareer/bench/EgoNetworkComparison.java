package io.cocareer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import io.cocareer.network.health.StructuralHoles;

/**
 * The Java half of {@code bin/network-vs-networkx}: seeded random ego networks (node 0 the talent,
 * 1 to {@code developers} the developers, tied to the talent with closeness 1 to 5 and to each
 * other with weight 1 at a random density), written as weighted edge lists with the talent's
 * effective size and constraint as {@link StructuralHoles} computes them, and the time that took.
 * Arguments: the output file, the number of networks, developers per network, the seed.
 */
public final class EgoNetworkComparison {

	private EgoNetworkComparison() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int networks = Integer.parseInt(args[1]);
		int developers = Integer.parseInt(args[2]);
		Random random = new Random(Long.parseLong(args[3]));
		List<Graph<Integer, DefaultWeightedEdge>> graphs = new ArrayList<>();
		for (int n = 0; n < networks; n++) {
			graphs.add(egoNetwork(random, developers));
		}
		double[] sizes = new double[networks];
		double[] constraints = new double[networks];
		// warm up the JIT as a running platform would be, then time every network once
		for (int round = 0; round < 3; round++) {
			measure(graphs, sizes, constraints);
		}
		long started = System.nanoTime();
		measure(graphs, sizes, constraints);
		long nanos = System.nanoTime() - started;
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
			writer.printf(Locale.ROOT, "# java_seconds %.9f%n", nanos / 1e9);
			for (int n = 0; n < networks; n++) {
				Graph<Integer, DefaultWeightedEdge> graph = graphs.get(n);
				writer.printf(Locale.ROOT, "network %d %.17g %.17g%n", n, sizes[n], constraints[n]);
				for (DefaultWeightedEdge edge : graph.edgeSet()) {
					writer.printf(Locale.ROOT, "%d %d %.1f%n", graph.getEdgeSource(edge), graph.getEdgeTarget(edge),
							graph.getEdgeWeight(edge));
				}
			}
		}
		System.out.printf(Locale.ROOT, "Java: %d ego networks of %d developers, effective size and constraint of the talent "
				+ "in %.1f ms (%.2f µs a network)%n", networks, developers, nanos / 1e6, nanos / 1e3 / networks);
	}

	private static void measure(List<Graph<Integer, DefaultWeightedEdge>> graphs, double[] sizes,
			double[] constraints) {
		for (int n = 0; n < graphs.size(); n++) {
			StructuralHoles<Integer> holes = StructuralHoles.of(graphs.get(n));
			sizes[n] = holes.effectiveSize(0);
			constraints[n] = holes.constraint(0);
		}
	}

	private static Graph<Integer, DefaultWeightedEdge> egoNetwork(Random random, int developers) {
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		graph.addVertex(0);
		for (int d = 1; d <= developers; d++) {
			graph.addVertex(d);
			graph.setEdgeWeight(graph.addEdge(0, d), 1 + random.nextInt(5));
		}
		double density = random.nextDouble() * 0.6;
		for (int a = 1; a <= developers; a++) {
			for (int b = a + 1; b <= developers; b++) {
				if (random.nextDouble() < density) {
					graph.setEdgeWeight(graph.addEdge(a, b), 1);
				}
			}
		}
		return graph;
	}

}
