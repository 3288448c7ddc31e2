package io.cocareer.network.map.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who may read and change a developmental network: its talent, and nobody else. A map is private
 * by default ("sharing is not necessary"); the talent lead, the manager and administrators see
 * none of it unless the talent shares it ({@code NetworkSharing} decides what a share lets them read).
 */
@Component
public class MapAccess {

	/**
	 * Whether the actor keeps a map of their own: a person of the organisation with a staff role,
	 * or an alumnus (when a talent leaves, the map stays theirs). An account that is not a
	 * person's, such as an administrator's, has none.
	 */
	public boolean mayKeepAMap(Actor actor) {
		return actor.personId() != null && (actor.has(Role.TALENT) || actor.has(Role.MANAGER)
				|| actor.has(Role.TALENT_LEAD) || actor.has(Role.ALUMNUS));
	}

	/**
	 * Whether the actor may share their map: a person who works here. An alumnus keeps their map,
	 * but their shares ended when they left and they have no manager or talent lead to share with.
	 */
	public boolean mayShare(Actor actor) {
		return actor.personId() != null
				&& (actor.has(Role.TALENT) || actor.has(Role.MANAGER) || actor.has(Role.TALENT_LEAD));
	}

	/** The talent whose map the actor works on: their own, or refused. */
	public UUID ownMap(Actor actor) {
		if (!mayKeepAMap(actor)) {
			throw new PermissionDenied("network.denied.noMap",
					"Only a person of the organisation keeps a developmental network here");
		}
		return actor.personId().value();
	}

}
