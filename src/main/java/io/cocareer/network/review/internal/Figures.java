package io.cocareer.network.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;

import io.cocareer.network.Arena;
import io.cocareer.network.health.NetworkHealth;
import io.cocareer.network.map.ReviewedMap;
import io.cocareer.shared.disclosure.Suppression;

/**
 * The figures of the review and their bands: each talent falls in exactly one band of each
 * figure, so a figure is a distribution of talents (counts per band) that {@link Suppression}
 * can protect. The band keys name messages ({@code network.review.band.<figure>.<band>}).
 */
public final class Figures {

	/** A band for a measure that is not defined for a map (a constraint of a map of one, say). */
	public static final String NOT_DEFINED = "notDefined";

	private Figures() {
	}

	/**
	 * One figure: its key, its bands in order, and the band of a map.
	 * @param kind {@code measure}, {@code arena}, {@code reach} or {@code concentration}
	 */
	public record Figure(String key, String kind, List<String> bands, ToIntFunction<ReviewedMap> band) {

	}

	/** The figures, the eleven measures first; {@code heavyMentors} are the people named by k or more talents. */
	public static List<Figure> all(Set<UUID> heavyMentors) {
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("size", "measure", List.of("1to4", "5to9", "10to14", "15to19", "20plus"),
				(m) -> Math.min(4, m.health().size() / 5)));
		figures.add(new Figure("range", "measure", List.of("1", "2", "3", "4", "5to6"),
				(m) -> Math.max(0, Math.min(4, m.health().range() - 1))));
		figures.add(continuous("effectiveSize", (m) -> m.health().effectiveSize(), new double[] { 2, 4, 6, 8, 10 },
				List.of("under2", "2to4", "4to6", "6to8", "8to10", "10plus")));
		figures.add(continuous("efficiency", (m) -> m.health().efficiency(), new double[] { 0.2, 0.4, 0.6, 0.8 },
				List.of("under020", "020to040", "040to060", "060to080", "080plus")));
		figures.add(continuous("constraint", (m) -> m.health().constraint(), new double[] { 0.1, 0.2, 0.3, 0.5 },
				List.of("under010", "010to020", "020to030", "030to050", "050plus")));
		figures.add(continuous("hierarchy", (m) -> m.health().hierarchy(), new double[] { 0.05, 0.1, 0.2 },
				List.of("under005", "005to010", "010to020", "020plus")));
		figures.add(continuous("meanCloseness", (m) -> m.health().meanCloseness(), new double[] { 2, 3, 4 },
				List.of("1to2", "2to3", "3to4", "4to5")));
		figures.add(new Figure("eiIndex", "measure", List.of("allInside", "mostlyInside", "balanced", "mostlyOutside",
				"allOutside"), (m) -> (m.external() == 0) ? 0 : (m.internal() == 0) ? 4
						: (m.external() < m.internal()) ? 1 : (m.external() == m.internal()) ? 2 : 3));
		figures.add(new Figure("coverage", "measure", List.of("0to2", "3to4", "5to6", "7to9"), (m) -> {
			long covered = Math.round(m.health().functionCoverage() * 9);
			return (covered <= 2) ? 0 : (covered <= 4) ? 1 : (covered <= 6) ? 2 : 3;
		}));
		figures.add(new Figure("staleTies", "measure", List.of("0", "1", "2to3", "4plus"), (m) -> {
			int stale = m.health().staleTies();
			return (stale == 0) ? 0 : (stale == 1) ? 1 : (stale <= 3) ? 2 : 3;
		}));
		List<String> types = new ArrayList<>();
		for (NetworkHealth.NetworkType type : NetworkHealth.NetworkType.values()) {
			types.add(type.name());
		}
		figures.add(new Figure("type", "measure", types, (m) -> m.health().type().ordinal()));
		for (Arena arena : Arena.values()) {
			figures.add(new Figure("arena." + arena.name(), "arena", List.of("reached", "notReached"),
					(m) -> m.arenas().contains(arena) ? 0 : 1));
		}
		figures.add(new Figure("externalReach", "reach", List.of("reached", "notReached"),
				(m) -> (m.external() > 0) ? 0 : 1));
		figures.add(new Figure("concentration", "concentration", List.of("reached", "notReached"),
				(m) -> m.mentorIds().stream().anyMatch(heavyMentors::contains) ? 0 : 1));
		return figures;
	}

	private static Figure continuous(String key, java.util.function.ToDoubleFunction<ReviewedMap> value, double[] upper,
			List<String> bands) {
		List<String> withUndefined = new ArrayList<>(bands);
		withUndefined.add(NOT_DEFINED);
		return new Figure(key, "measure", List.copyOf(withUndefined), (m) -> {
			double v = value.applyAsDouble(m);
			if (Double.isNaN(v)) {
				return bands.size();
			}
			for (int i = 0; i < upper.length; i++) {
				if (v < upper[i] - 1e-12) {
					return i;
				}
			}
			return upper.length;
		});
	}

}
