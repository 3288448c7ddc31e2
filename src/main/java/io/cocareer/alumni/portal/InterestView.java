package io.cocareer.alumni.portal;

import java.time.Instant;
import java.util.UUID;

import io.cocareer.shared.PrivateData;

/** An alumnus interested in a post, as the talent lead sees it. */
@PrivateData
public record InterestView(UUID personId, String name, Instant at) {

}
