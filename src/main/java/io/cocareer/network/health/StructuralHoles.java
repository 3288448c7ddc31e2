package io.cocareer.network.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;

/**
 * Burt's structural-hole measures of every node of a graph (DOMAIN.md §2.1, §2.2): effective
 * size, efficiency, constraint and hierarchy. They follow NetworkX's per-node path, with its two
 * known defects left out: a node's contacts are its predecessors and successors alike (so a node
 * with only incoming ties is measured, not NaN), and efficiency divides by the number of distinct
 * contacts, not by the degree. Self-loops are dropped, parallel ties add up, and an undirected
 * tie of weight w counts as w in each direction. A node without contacts measures NaN.
 *
 * @param <V> the nodes: an ego and its developers, or anything else
 */
public final class StructuralHoles<V> {

	/** mw(i, j) = a_ij + a_ji for every pair of contacts, in both orders. */
	private final Map<V, Map<V, Double>> mutual = new LinkedHashMap<>();

	/** Σ_k mw(i, k) of each node, the denominator of p_ij. */
	private final Map<V, Double> totals = new LinkedHashMap<>();

	/** max_k mw(j, k) of each node, the denominator of m_jq. */
	private final Map<V, Double> strongest = new LinkedHashMap<>();

	private StructuralHoles() {
	}

	/** The measures of the graph's nodes; an edge's weight is the graph's weight (1 if unweighted). */
	public static <V, E> StructuralHoles<V> of(Graph<V, E> graph) {
		StructuralHoles<V> holes = new StructuralHoles<>();
		for (V node : graph.vertexSet()) {
			holes.mutual.put(node, new LinkedHashMap<>());
		}
		boolean directed = graph.getType().isDirected();
		for (E edge : graph.edgeSet()) {
			V source = graph.getEdgeSource(edge);
			V target = graph.getEdgeTarget(edge);
			if (source.equals(target)) {
				continue;
			}
			double weight = graph.getEdgeWeight(edge);
			// a directed tie i→j adds a_ij to mw(i,j) and mw(j,i); an undirected one a_ij + a_ji = 2w
			double added = directed ? weight : 2 * weight;
			holes.mutual.get(source).merge(target, added, Double::sum);
			holes.mutual.get(target).merge(source, added, Double::sum);
		}
		holes.mutual.forEach((node, ties) -> {
			double total = 0;
			double max = 0;
			for (double weight : ties.values()) {
				total += weight;
				max = Math.max(max, weight);
			}
			holes.totals.put(node, total);
			holes.strongest.put(node, max);
		});
		return holes;
	}

	/** The node's distinct contacts, in either direction. */
	public Set<V> contacts(V node) {
		return Set.copyOf(ties(node).keySet());
	}

	/** ES_i = Σ_j [1 − Σ_{q≠j} p_iq · m_jq]: the contacts that are not redundant with the others. */
	public double effectiveSize(V node) {
		Map<V, Double> ties = ties(node);
		if (ties.isEmpty()) {
			return Double.NaN;
		}
		double size = 0;
		for (V j : ties.keySet()) {
			double redundancy = 0;
			for (V q : ties.keySet()) {
				if (!q.equals(j)) {
					redundancy += proportional(node, q) * marginal(j, q);
				}
			}
			size += 1 - redundancy;
		}
		return size;
	}

	/** EFF_i = ES_i / N_i, with N_i the number of distinct contacts. */
	public double efficiency(V node) {
		return effectiveSize(node) / ties(node).size();
	}

	/** c_ij = (p_ij + Σ_{q≠j} p_iq · p_qj)²: how much contact j constrains the node. */
	public double localConstraint(V node, V contact) {
		double indirect = 0;
		for (V q : ties(node).keySet()) {
			if (!q.equals(contact)) {
				indirect += proportional(node, q) * proportional(q, contact);
			}
		}
		double total = proportional(node, contact) + indirect;
		return total * total;
	}

	/** C_i = Σ_j c_ij: near 1 when the node's contacts are few and tied to each other. */
	public double constraint(V node) {
		Map<V, Double> ties = ties(node);
		if (ties.isEmpty()) {
			return Double.NaN;
		}
		double constraint = 0;
		for (V j : ties.keySet()) {
			constraint += localConstraint(node, j);
		}
		return constraint;
	}

	/**
	 * H_i = Σ_j r_j ln r_j / (N_i ln N_i) with r_j = c_ij / (C_i / N_i): 0 when every contact
	 * constrains the node alike, towards 1 when one contact does it all; 1 for a single contact.
	 */
	public double hierarchy(V node) {
		int contacts = ties(node).size();
		if (contacts == 0) {
			return Double.NaN;
		}
		if (contacts == 1) {
			return 1.0;
		}
		double mean = constraint(node) / contacts;
		double sum = 0;
		for (V j : ties(node).keySet()) {
			double ratio = localConstraint(node, j) / mean;
			sum += ratio * Math.log(ratio);
		}
		return sum / (contacts * Math.log(contacts));
	}

	/** p_ij = mw(i,j) / Σ_k mw(i,k). */
	private double proportional(V i, V j) {
		Double weight = ties(i).get(j);
		return (weight == null) ? 0 : weight / this.totals.get(i);
	}

	/** m_jq = mw(j,q) / max_k mw(j,k). */
	private double marginal(V j, V q) {
		Double weight = ties(j).get(q);
		return (weight == null) ? 0 : weight / this.strongest.get(j);
	}

	private Map<V, Double> ties(V node) {
		Map<V, Double> ties = this.mutual.get(node);
		if (ties == null) {
			throw new IllegalArgumentException("Not a node of this network: " + node);
		}
		return ties;
	}

}
