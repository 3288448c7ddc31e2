package io.cocareer.talent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

/**
 * Talent profiles as other modules read them; implemented by {@link io.cocareer.talent.profile
 * the profiles}, whose service is the whole API inside this module. (Spring Modulith lets other
 * modules use only a parent's API, not its nested modules', so the parent declares what they
 * read and the nested module implements it.)
 */
public interface TalentProfiles {

	/**
	 * The profile, if there is one and the actor may see it; empty otherwise, for the screens
	 * that show a profile beside something else.
	 */
	Optional<TalentProfileView> findProfile(Actor actor, PersonId personId);

	/**
	 * The active pool as matching needs it, for matching only: it checks no actor. Its one caller
	 * outside this module is the tour module's {@code MatchingService} ({@code MatchingReadAccessTests}).
	 */
	List<MatchingProfile> matchingPool(Collection<UUID> competencyIds);

	/** One person's levels and aspiration texts, for matching only, as {@link #matchingPool}. */
	MatchingProfile matchingProfile(PersonId personId);

}
