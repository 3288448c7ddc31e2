package io.cocareer.network.map.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.cocareer.network.ShareScope;
import io.cocareer.network.map.NetworkSharing;
import io.cocareer.network.map.SharedNetwork;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Networks their talents share with the reader: the list, and each map or health. A network not
 * shared with the reader does not exist for them (404, whoever they are).
 */
@RestController
class SharedNetworkApiController {

	private final NetworkSharing sharing;

	private final MessageSource messages;

	SharedNetworkApiController(NetworkSharing sharing, MessageSource messages) {
		this.sharing = sharing;
		this.messages = messages;
	}

	@GetMapping("/api/v1/networks/shared-with-me")
	List<SharedResponse> sharedWithMe(Actor reader) {
		return this.sharing.sharedWith(reader).stream().map(SharedResponse::of).toList();
	}

	@GetMapping("/api/v1/talents/{personId}/network")
	NetworkApiController.MapResponse map(Actor reader, @PathVariable UUID personId) {
		return NetworkApiController.MapResponse.of(this.sharing.sharedMap(reader, PersonId.of(personId)));
	}

	@GetMapping("/api/v1/talents/{personId}/network/health")
	NetworkApiController.HealthResponse health(Actor reader, @PathVariable UUID personId, Locale locale) {
		return NetworkApiController.HealthResponse.of(this.sharing.sharedHealth(reader, PersonId.of(personId)).health(),
				(nudge) -> NetworkPage.nudgeText(this.messages, nudge, locale));
	}

	/** Schema {@code NetworkSharedResponse}: a talent who shares, and whether the map or only its health. */
	record SharedResponse(UUID talentId, String talentName, ShareScope scope, Instant sharedAt) {

		static SharedResponse of(SharedNetwork shared) {
			return new SharedResponse(shared.talentId(), shared.talentName(), shared.scope(), shared.sharedAt());
		}

	}

}
