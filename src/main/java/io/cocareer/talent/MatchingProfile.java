package io.cocareer.talent;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.shared.PersonId;
import io.cocareer.shared.PrivateData;

/**
 * What matching needs of a talent, read in bulk by {@link TalentProfiles#matchingPool}: the
 * proficiency (1 to 5) per competency id, and the texts their aspirations are made of (short- and
 * long-term aspirations and desired roles, any of them possibly {@code null}). Not a profile:
 * it carries no values, brand, notes or evidence, and must not be shown as one. {@code discoverable}
 * is the talent's choice to be found by creators and sponsors of work packages.
 */
@PrivateData
public record MatchingProfile(PersonId personId, Map<UUID, Integer> levels, List<String> aspirations,
		boolean discoverable) {

}
