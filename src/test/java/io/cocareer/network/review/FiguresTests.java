package io.cocareer.network.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.network.Arena;
import io.cocareer.network.SupportFunction;
import io.cocareer.network.health.EgoMap;
import io.cocareer.network.health.NetworkHealth;
import io.cocareer.network.map.ReviewedMap;
import io.cocareer.network.review.internal.Figures;

import static org.assertj.core.api.Assertions.assertThat;

/** Each map falls in exactly one band of every figure, a measure a map cannot have in "not defined". */
class FiguresTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void aMapOfTwelveInsideAndOutsideFallsInItsBands() {
		UUID mentor = UUID.randomUUID();
		ReviewedMap map = map(8, 4, Set.of(mentor));

		assertThat(band("size", map, Set.of())).isEqualTo("10to14");
		assertThat(band("eiIndex", map, Set.of())).isEqualTo("mostlyInside");
		assertThat(band("externalReach", map, Set.of())).isEqualTo("reached");
		assertThat(band("arena.EDUCATION", map, Set.of())).isEqualTo("reached");
		assertThat(band("arena.OTHER", map, Set.of())).isEqualTo("notReached");
		assertThat(band("concentration", map, Set.of(mentor))).isEqualTo("reached");
		assertThat(band("concentration", map, Set.of())).isEqualTo("notReached");
	}

	@Test
	void aMapOfOneInsideHasNoExternalReachAndAConstraintOfOne() {
		ReviewedMap map = map(1, 0, Set.of());

		assertThat(band("eiIndex", map, Set.of())).isEqualTo("allInside");
		assertThat(band("externalReach", map, Set.of())).isEqualTo("notReached");
		assertThat(band("constraint", map, Set.of())).isEqualTo("050plus");
		assertThat(band("size", map, Set.of())).isEqualTo("1to4");
	}

	@Test
	void everyBandOfEveryFigureHasAMessage() throws Exception {
		java.util.Properties messages = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/messages/network/review.properties")) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		for (Figures.Figure figure : Figures.all(Set.of())) {
			assertThat(messages).containsKey("network.review.figure." + figure.key());
			if (figure.kind().equals("measure")) {
				for (String band : figure.bands()) {
					assertThat(messages).containsKey("network.review.band." + figure.key() + "." + band);
				}
			}
		}
	}

	private static String band(String key, ReviewedMap map, Set<UUID> heavy) {
		Figures.Figure figure = Figures.all(heavy).stream().filter((f) -> f.key().equals(key)).findFirst().orElseThrow();
		return figure.bands().get(figure.band().applyAsInt(map));
	}

	private static ReviewedMap map(int internal, int external, Set<UUID> mentors) {
		List<EgoMap.Developer<Integer>> developers = new ArrayList<>();
		Set<Arena> arenas = EnumSet.noneOf(Arena.class);
		for (int i = 0; i < internal + external; i++) {
			Arena arena = (i < internal) ? Arena.CURRENT_EMPLOYER : Arena.EDUCATION;
			arenas.add(arena);
			developers.add(new EgoMap.Developer<>(i, arena, i < internal, 3, EnumSet.of(SupportFunction.COACHING), TODAY));
		}
		NetworkHealth health = NetworkHealth.of(new EgoMap<>(developers, List.of()), NetworkHealth.Thresholds.DEFAULT, TODAY);
		return new ReviewedMap(UUID.randomUUID(), health, internal, external, arenas, mentors, mentors);
	}

}
