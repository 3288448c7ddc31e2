package io.cocareer.network.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.cocareer.network.Arena;
import io.cocareer.network.SupportFunction;

/**
 * What the measures need of a talent's map: the developers and which of them know each other.
 *
 * @param <K> what identifies a developer
 */
public record EgoMap<K>(List<Developer<K>> developers, List<Tie<K>> ties) {

	public EgoMap {
		developers = List.copyOf(developers);
		ties = List.copyOf(ties);
	}

	/**
	 * @param internal works for the organisation (the E-I index counts the others as external)
	 * @param closeness 1 to 5, the weight of the developer's tie to the talent
	 * @param lastContact null if never recorded
	 */
	public record Developer<K>(K id, Arena arena, boolean internal, int closeness, Set<SupportFunction> support,
			LocalDate lastContact) {

		public Developer {
			if (closeness < 1 || closeness > 5) {
				throw new IllegalArgumentException("Closeness is 1 to 5, not " + closeness);
			}
			support = Set.copyOf(support);
		}

	}

	/** Two developers who know each other. */
	public record Tie<K>(K one, K other) {

	}

}
