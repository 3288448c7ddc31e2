package io.cocareer.network.health;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** DOMAIN.md §2.5's worked ego networks, value for value. */
class StructuralHolesTests {

	private static final double EXACT = 1e-12;

	/** Six decimals, as DOMAIN.md prints the values it does not give as fractions. */
	private static final double PRINTED = 1e-6;

	@Test
	void unweightedUndirected() {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		edges(graph, "E-A", "E-B", "E-C", "A-B");
		StructuralHoles<String> holes = StructuralHoles.of(graph);

		assertThat(holes.effectiveSize("E")).isCloseTo(7.0 / 3, within(EXACT));
		assertThat(holes.efficiency("E")).isCloseTo(7.0 / 9, within(EXACT));
		assertThat(holes.localConstraint("E", "A")).isCloseTo(1.0 / 4, within(EXACT));
		assertThat(holes.localConstraint("E", "B")).isCloseTo(1.0 / 4, within(EXACT));
		assertThat(holes.localConstraint("E", "C")).isCloseTo(1.0 / 9, within(EXACT));
		assertThat(holes.constraint("E")).isCloseTo(11.0 / 18, within(EXACT));
		assertThat(holes.hierarchy("E")).isCloseTo(0.052205, within(PRINTED));
		for (String alter : new String[] { "A", "B" }) {
			assertThat(holes.effectiveSize(alter)).isCloseTo(1, within(EXACT));
			assertThat(holes.constraint(alter)).isCloseTo(145.0 / 144, within(EXACT));
			assertThat(holes.hierarchy(alter)).isCloseTo(0.009938, within(PRINTED));
		}
		assertThat(holes.effectiveSize("C")).isCloseTo(1, within(EXACT));
		assertThat(holes.constraint("C")).isCloseTo(1, within(EXACT));
		assertThat(holes.hierarchy("C")).isEqualTo(1.0);
		// Borgatti's shortcut for binary undirected ties: n − 2t/n
		assertThat(holes.effectiveSize("E")).isCloseTo(3 - 2.0 * 1 / 3, within(EXACT));
	}

	@Test
	void weightedUndirected() {
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		weighted(graph, "E-A", 3, "E-B", 1, "E-C", 2, "A-B", 1);
		StructuralHoles<String> holes = StructuralHoles.of(graph);

		assertThat(holes.effectiveSize("E")).as("not NetworkX's sparse path, 2.666667").isCloseTo(22.0 / 9, within(EXACT));
		assertThat(holes.localConstraint("E", "A")).isCloseTo(49.0 / 144, within(EXACT));
		assertThat(holes.localConstraint("E", "B")).isCloseTo(49.0 / 576, within(EXACT));
		assertThat(holes.localConstraint("E", "C")).isCloseTo(1.0 / 9, within(EXACT));
		assertThat(holes.constraint("E")).isCloseTo(103.0 / 192, within(EXACT));
		assertThat(holes.hierarchy("E")).isCloseTo(0.174527, within(PRINTED));
		assertThat(holes.effectiveSize("A")).isCloseTo(7.0 / 6, within(EXACT));
		assertThat(holes.constraint("A")).isCloseTo(29.0 / 32, within(EXACT));
		assertThat(holes.effectiveSize("B")).isCloseTo(1, within(EXACT));
		assertThat(holes.constraint("B")).isCloseTo(85.0 / 64, within(EXACT));
	}

	@Test
	void directedCountsContactsInEitherDirectionAndEfficiencyDividesByThem() {
		Graph<String, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
		edges(graph, "E>A", "A>E", "E>B", "C>E", "A>B");
		StructuralHoles<String> holes = StructuralHoles.of(graph);

		assertThat(holes.contacts("E")).containsExactlyInAnyOrder("A", "B", "C");
		assertThat(holes.effectiveSize("E")).isCloseTo(19.0 / 8, within(EXACT));
		assertThat(holes.efficiency("E")).as("not ES / degree, 0.59375").isCloseTo(19.0 / 24, within(EXACT));
		assertThat(holes.localConstraint("E", "A")).isCloseTo(25.0 / 64, within(EXACT));
		assertThat(holes.localConstraint("E", "B")).isCloseTo(25.0 / 144, within(EXACT));
		assertThat(holes.localConstraint("E", "C")).isCloseTo(1.0 / 16, within(EXACT));
		assertThat(holes.constraint("E")).isCloseTo(361.0 / 576, within(EXACT));
		assertThat(holes.hierarchy("E")).isCloseTo(0.198842, within(PRINTED));
		// only ties in: NetworkX's per-node path says NaN, the formulas say this
		assertThat(holes.constraint("B")).isCloseTo(181.0 / 144, within(EXACT));
		assertThat(holes.effectiveSize("B")).isCloseTo(1, within(EXACT));
	}

	@Test
	void aTriangleIsAllRedundancy() {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		edges(graph, "A-B", "B-C", "C-A");
		StructuralHoles<String> holes = StructuralHoles.of(graph);

		for (String node : new String[] { "A", "B", "C" }) {
			assertThat(holes.effectiveSize(node)).isCloseTo(1, within(EXACT));
			assertThat(holes.constraint(node)).isCloseTo(9.0 / 8, within(EXACT));
			assertThat(holes.hierarchy(node)).isCloseTo(0, within(EXACT));
		}
		assertThat(holes.localConstraint("A", "B")).isCloseTo(9.0 / 16, within(EXACT));
	}

	@Test
	void networkxsOwnUndirectedFixtures() {
		String[] ties = { "A-B", "A-F", "A-G", "A-E", "E-G", "F-G", "B-G", "B-D", "D-G", "G-C" };
		Graph<String, DefaultEdge> plain = new SimpleGraph<>(DefaultEdge.class);
		edges(plain, ties);
		StructuralHoles<String> holes = StructuralHoles.of(plain);
		assertThat(holes.effectiveSize("G")).isCloseTo(4.666667, within(PRINTED));
		assertThat(holes.effectiveSize("A")).isCloseTo(2.5, within(PRINTED));
		assertThat(holes.effectiveSize("C")).isCloseTo(1, within(PRINTED));
		assertThat(holes.constraint("G")).isCloseTo(0.400270, within(PRINTED));
		assertThat(holes.constraint("A")).isCloseTo(0.595486, within(PRINTED));
		assertThat(holes.constraint("C")).isCloseTo(1, within(PRINTED));

		Graph<String, DefaultWeightedEdge> weighted = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		weighted(weighted, "A-B", 2, "A-F", 3, "A-G", 5, "A-E", 2, "E-G", 8, "F-G", 3, "B-G", 4, "B-D", 1, "D-G", 3,
				"G-C", 10);
		StructuralHoles<String> byWeight = StructuralHoles.of(weighted);
		assertThat(byWeight.effectiveSize("G")).as("not the sparse path's 5.5152").isCloseTo(5.471717, within(PRINTED));
		assertThat(byWeight.effectiveSize("A")).as("not the sparse path's 2.7917").isCloseTo(2.475, within(PRINTED));
		assertThat(byWeight.constraint("G")).isCloseTo(0.298852, within(PRINTED));
		assertThat(byWeight.constraint("A")).isCloseTo(0.794955, within(PRINTED));
	}

	@Test
	void networkxsOwnDirectedFixtures() {
		Graph<String, DefaultEdge> plain = new SimpleDirectedGraph<>(DefaultEdge.class);
		edges(plain, "0>1", "0>2", "1>0", "2>1");
		StructuralHoles<String> holes = StructuralHoles.of(plain);
		double[] constraint = { 1.003086, 1.003086, 1.388889 };
		double[] size = { 1.166667, 1.166667, 1 };
		for (int node = 0; node < 3; node++) {
			assertThat(holes.constraint(String.valueOf(node))).isCloseTo(constraint[node], within(PRINTED));
			assertThat(holes.effectiveSize(String.valueOf(node))).isCloseTo(size[node], within(PRINTED));
		}

		Graph<String, DefaultWeightedEdge> weighted = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		weighted(weighted, "0>1", 2, "0>2", 2, "1>0", 1, "2>1", 1);
		StructuralHoles<String> byWeight = StructuralHoles.of(weighted);
		double[] weightedConstraint = { 0.840278, 1.142778, 1.378056 };
		double[] weightedSize = { 1.566667, 1.083333, 1 };
		for (int node = 0; node < 3; node++) {
			assertThat(byWeight.constraint(String.valueOf(node))).isCloseTo(weightedConstraint[node], within(PRINTED));
			assertThat(byWeight.effectiveSize(String.valueOf(node))).isCloseTo(weightedSize[node], within(PRINTED));
		}
	}

	@Test
	void aNodeWithoutContactsIsNaNAndSelfLoopsDoNotCount() {
		Graph<String, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
		graph.addVertex("alone");
		StructuralHoles<String> holes = StructuralHoles.of(graph);
		assertThat(holes.effectiveSize("alone")).isNaN();
		assertThat(holes.efficiency("alone")).isNaN();
		assertThat(holes.constraint("alone")).isNaN();
		assertThat(holes.hierarchy("alone")).isNaN();

		Graph<String, DefaultEdge> looped = new org.jgrapht.graph.DefaultDirectedGraph<>(DefaultEdge.class);
		edges(looped, "E>E", "E>A");
		StructuralHoles<String> withLoop = StructuralHoles.of(looped);
		assertThat(withLoop.contacts("E")).containsExactly("A");
		assertThat(withLoop.constraint("E")).isCloseTo(1, within(EXACT));
		assertThatIllegalArgumentException().isThrownBy(() -> withLoop.constraint("nobody"));
	}

	/** "A-B" an undirected tie, "A>B" a directed one. */
	static void edges(Graph<String, DefaultEdge> graph, String... ties) {
		for (String tie : ties) {
			String[] ends = tie.split("[->]");
			graph.addVertex(ends[0]);
			graph.addVertex(ends[1]);
			graph.addEdge(ends[0], ends[1]);
		}
	}

	static void weighted(Graph<String, DefaultWeightedEdge> graph, Object... tiesAndWeights) {
		for (int i = 0; i < tiesAndWeights.length; i += 2) {
			String[] ends = ((String) tiesAndWeights[i]).split("[->]");
			graph.addVertex(ends[0]);
			graph.addVertex(ends[1]);
			graph.setEdgeWeight(graph.addEdge(ends[0], ends[1]), ((Number) tiesAndWeights[i + 1]).doubleValue());
		}
	}

}
