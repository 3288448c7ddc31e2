package io.cocareer.network.introduction;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;

/**
 * The target as a developer on the talent's map: where they come from, what they are to the
 * talent, how close. A person of the organisation is added by their person id; anyone else by the
 * name (and organisation) given here, or the target's when none is.
 */
public record AddToMap(Arena arena, DeveloperRole role, Integer closeness, String name, String organisation) {

	public AddToMap {
		name = AskIntroduction.blankToNull(name);
		organisation = AskIntroduction.blankToNull(organisation);
	}

}
