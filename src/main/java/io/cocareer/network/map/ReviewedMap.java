package io.cocareer.network.map;

import java.util.Set;
import java.util.UUID;

import io.cocareer.network.Arena;
import io.cocareer.network.health.NetworkHealth;
import io.cocareer.shared.PrivateData;

/**
 * What the review across talents needs of one talent's map, read in bulk by
 * {@link MapsForReview}: never shown for one talent, only counted over groups of at least k.
 *
 * @param talentId the talent (to join them to their unit and designation)
 * @param health the map's measures ({@link io.cocareer.network.health})
 * @param internal developers who work for the organisation
 * @param external developers outside it
 * @param arenas the arenas the developers come from
 * @param mentorIds the people of the organisation named as mentor or sponsor
 * @param internalIds every person of the organisation on the map (for the bridges between units)
 */
@PrivateData
public record ReviewedMap(UUID talentId, NetworkHealth health, int internal, int external, Set<Arena> arenas,
		Set<UUID> mentorIds, Set<UUID> internalIds) {

}
