package io.cocareer.network.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.SupportFunction;
import io.cocareer.shared.PrivateData;

/**
 * A talent's map as only they (or whom they share it with) may read it: the developers, which of
 * them know each other, and the developers they want.
 */
@PrivateData
public record NetworkMapView(UUID talentId, List<DeveloperView> developers, List<TieView> ties, List<GapView> gaps) {

	/**
	 * @param personId set for a person of the organisation, whose current name is {@code name}
	 * @param internal works for the organisation (also one whose person was erased)
	 */
	public record DeveloperView(UUID id, UUID personId, String name, String organisation, boolean internal,
			Arena arena, DeveloperRole role, int closeness, ContactFrequency contactFrequency, LocalDate lastContact,
			Set<SupportFunction> support, long version) {

	}

	public record TieView(UUID id, UUID oneId, UUID otherId) {

	}

	public record GapView(UUID id, DeveloperRole role, Arena arena, String description) {

	}

	/** The developer of this id on the map, if there is one. */
	public java.util.Optional<DeveloperView> developer(UUID id) {
		return this.developers.stream().filter((d) -> d.id().equals(id)).findFirst();
	}

}
