package io.cocareer.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.PersonId;

/**
 * Loads generated developmental networks into the database in JDBC batches: the maps the
 * demo module's generator gives every generated talent (15 developers each by default), for the
 * demo and the benchmarks. The map module ({@code network.map}) writes its own tables; the parent
 * declares what it is handed because the demo module may use a top-level module's API but never a
 * nested module's types (as {@code tour.WorkPackageLoad} does). Trusted by design and checks no
 * actor: its one caller is the generator, at start, on an empty database.
 */
public interface NetworkLoad {

	/** The maps, each written as it was created at {@code createdAt}; ties are stored with the smaller id first. */
	void maps(List<LoadedMap> maps, Instant createdAt);

	/** One talent's map: their developers and which of them know each other. */
	record LoadedMap(UUID talentId, List<LoadedDeveloper> developers, List<LoadedTie> ties) {

	}

	/**
	 * A developer: a person of the organisation ({@code personId}, internal) or an external
	 * contact named here.
	 */
	record LoadedDeveloper(UUID id, PersonId personId, String name, String organisation, boolean internal, Arena arena,
			DeveloperRole role, int closeness, ContactFrequency contactFrequency, LocalDate lastContact,
			Set<SupportFunction> support) {

	}

	/** Two developers of the same map who know each other. */
	record LoadedTie(UUID id, UUID oneId, UUID otherId) {

	}

}
