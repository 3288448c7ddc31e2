package io.cocareer.network.health;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import io.cocareer.network.Arena;
import io.cocareer.network.SupportFunction;

/**
 * The health of one talent's developmental network (DOMAIN.md §1.4, §2): how large, diverse, open,
 * strong and resilient it is, its Higgins–Kram type under the stated thresholds, and nudges in
 * plain words, each with the measure behind it.
 * <p>
 * The Burt measures are the talent's (the ego's) in the network of the talent and their
 * developers: a developer's tie to the talent weighs its closeness, a tie between two developers
 * who know each other weighs 1 (the talent rates only their own ties).
 *
 * @param size developers named
 * @param range distinct arenas among them
 * @param density share of developer pairs who know each other (0 below two developers)
 * @param arenas Blau, IQV (over the six arenas) and Shannon of the arenas
 * @param eiIndex (external − internal) / (external + internal), from −1 (all inside) to 1
 * @param effectiveSize Burt's effective size of the talent
 * @param efficiency effective size / size
 * @param constraint Burt's constraint on the talent (low is open)
 * @param hierarchy how much of that constraint one developer holds
 * @param meanCloseness mean tie strength, 1 to 5
 * @param functionCoverage share of the nine support functions given by at least two developers
 * @param largestSupportShare the largest share of all support given by one developer
 * @param robustness the smallest share of the nine functions still given by someone after losing
 *        any one developer
 * @param staleTies developers without contact for six months (or never recorded)
 * @param type Higgins and Kram's type under {@code thresholds}
 * @param thresholds what the type was decided with, kept so that it can be reproduced
 * @param nudges what the talent could do, with the measure behind each
 */
public record NetworkHealth(int size, int range, double density, Diversity arenas, double eiIndex,
		double effectiveSize, double efficiency, double constraint, double hierarchy, double meanCloseness,
		double functionCoverage, double largestSupportShare, double robustness, int staleTies, NetworkType type,
		Thresholds thresholds, List<Nudge> nudges) {

	/** A tie is stale after this long without contact. */
	public static final Period STALE_AFTER = Period.ofMonths(6);

	private static final int FUNCTIONS = SupportFunction.values().length;

	/** Higgins and Kram's two-by-two: diversity (range and density) against tie strength (DOMAIN.md §1.2). */
	public enum NetworkType {

		RECEPTIVE, TRADITIONAL, OPPORTUNISTIC, ENTREPRENEURIAL

	}

	/**
	 * Where the type's two axes are split: diverse when the range reaches {@code minRange} and the
	 * density stays at or below {@code maxDensity}; strong when the mean closeness reaches
	 * {@code minMeanCloseness}.
	 */
	public record Thresholds(int minRange, double maxDensity, double minMeanCloseness) {

		/** DOMAIN.md §1.2's absolute cut-offs: three arenas, half the pairs, closeness 4 of 5. */
		public static final Thresholds DEFAULT = new Thresholds(3, 0.5, 4.0);

	}

	/** Something the talent could act on, and the figure that says so. */
	public record Nudge(Kind kind, double measure) {

		public enum Kind {

			/** Nobody outside the organisation; measure: the E-I index. */
			NO_EXTERNAL_DEVELOPER,
			/** All career support comes from one person; measure: the share of career support they give. */
			ONE_PERSON_GIVES_ALL_CAREER_SUPPORT,
			/** Ties without contact for six months; measure: how many. */
			TIES_GONE_QUIET,
			/** Developers from few arenas; measure: the range. */
			FEW_ARENAS,
			/** Functions nobody gives; measure: how many of the nine. */
			FUNCTIONS_NOBODY_GIVES

		}

	}

	public static <K> NetworkHealth of(EgoMap<K> map, Thresholds thresholds, LocalDate today) {
		List<EgoMap.Developer<K>> developers = map.developers();
		int size = developers.size();
		Set<K> ids = new HashSet<>();
		List<Arena> arenas = new ArrayList<>();
		int external = 0;
		double closeness = 0;
		int stale = 0;
		for (EgoMap.Developer<K> developer : developers) {
			if (!ids.add(developer.id())) {
				throw new IllegalArgumentException("A developer is named twice: " + developer.id());
			}
			arenas.add(developer.arena());
			external += developer.internal() ? 0 : 1;
			closeness += developer.closeness();
			if (developer.lastContact() == null || developer.lastContact().isBefore(today.minus(STALE_AFTER))) {
				stale++;
			}
		}
		Set<Set<K>> pairs = new HashSet<>();
		for (EgoMap.Tie<K> tie : map.ties()) {
			if (tie.one().equals(tie.other()) || !ids.contains(tie.one()) || !ids.contains(tie.other())) {
				throw new IllegalArgumentException("A tie must join two of the map's developers: " + tie);
			}
			pairs.add(Set.of(tie.one(), tie.other()));
		}
		StructuralHoles<Object> holes = StructuralHoles.of(egoGraph(map, pairs));

		Diversity diversity = Diversity.of(arenas, Arena.values().length);
		int range = diversity.richness();
		double density = (size < 2) ? 0 : 2.0 * pairs.size() / (size * (size - 1.0));
		double ei = (size == 0) ? Double.NaN : (external - (size - external)) / (double) size;
		double meanCloseness = (size == 0) ? Double.NaN : closeness / size;
		Map<SupportFunction, Integer> givers = givers(developers, null);
		double coverage = givers.values().stream().filter((count) -> count >= 2).count() / (double) FUNCTIONS;
		int provisions = givers.values().stream().mapToInt(Integer::intValue).sum();
		double largestShare = (provisions == 0) ? 0
				: developers.stream().mapToInt((d) -> d.support().size()).max().orElse(0) / (double) provisions;
		double robustness = (size == 0) ? 0 : developers.stream()
			.mapToDouble((lost) -> givers(developers, lost).values().stream().filter((n) -> n >= 1).count()
					/ (double) FUNCTIONS)
			.min()
			.orElse(0);

		boolean diverse = range >= thresholds.minRange() && density <= thresholds.maxDensity();
		boolean strong = size > 0 && meanCloseness >= thresholds.minMeanCloseness();
		NetworkType type = diverse ? (strong ? NetworkType.ENTREPRENEURIAL : NetworkType.OPPORTUNISTIC)
				: (strong ? NetworkType.TRADITIONAL : NetworkType.RECEPTIVE);

		List<Nudge> nudges = new ArrayList<>();
		if (size > 0 && external == 0) {
			nudges.add(new Nudge(Nudge.Kind.NO_EXTERNAL_DEVELOPER, ei));
		}
		List<EgoMap.Developer<K>> careerGivers = developers.stream()
			.filter((d) -> d.support().stream().anyMatch(SupportFunction::career))
			.toList();
		if (careerGivers.size() == 1) {
			nudges.add(new Nudge(Nudge.Kind.ONE_PERSON_GIVES_ALL_CAREER_SUPPORT, 1.0));
		}
		if (stale > 0) {
			nudges.add(new Nudge(Nudge.Kind.TIES_GONE_QUIET, stale));
		}
		if (size > 0 && range < thresholds.minRange()) {
			nudges.add(new Nudge(Nudge.Kind.FEW_ARENAS, range));
		}
		long nobody = givers.values().stream().filter((count) -> count == 0).count();
		if (nobody > 0) {
			nudges.add(new Nudge(Nudge.Kind.FUNCTIONS_NOBODY_GIVES, nobody));
		}
		return new NetworkHealth(size, range, density, diversity, ei, holes.effectiveSize(Ego.TALENT),
				holes.efficiency(Ego.TALENT), holes.constraint(Ego.TALENT), holes.hierarchy(Ego.TALENT), meanCloseness,
				coverage, largestShare, robustness, stale, type, thresholds, List.copyOf(nudges));
	}

	/** The talent at the centre of their own network. */
	private enum Ego {

		TALENT

	}

	private static <K> Graph<Object, DefaultWeightedEdge> egoGraph(EgoMap<K> map, Set<Set<K>> pairs) {
		Graph<Object, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		graph.addVertex(Ego.TALENT);
		for (EgoMap.Developer<K> developer : map.developers()) {
			graph.addVertex(developer.id());
			graph.setEdgeWeight(graph.addEdge(Ego.TALENT, developer.id()), developer.closeness());
		}
		for (Set<K> pair : pairs) {
			List<K> ends = List.copyOf(pair);
			graph.setEdgeWeight(graph.addEdge(ends.get(0), ends.get(1)), 1.0);
		}
		return graph;
	}

	/** How many developers give each function, leaving out {@code lost} (if not null). */
	private static <K> Map<SupportFunction, Integer> givers(List<EgoMap.Developer<K>> developers,
			EgoMap.Developer<K> lost) {
		Map<SupportFunction, Integer> givers = new EnumMap<>(SupportFunction.class);
		EnumSet.allOf(SupportFunction.class).forEach((function) -> givers.put(function, 0));
		for (EgoMap.Developer<K> developer : developers) {
			if (developer != lost) {
				developer.support().forEach((function) -> givers.merge(function, 1, Integer::sum));
			}
		}
		return givers;
	}

}
