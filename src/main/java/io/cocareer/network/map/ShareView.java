package io.cocareer.network.map;

import java.time.Instant;

import io.cocareer.network.ShareAudience;
import io.cocareer.network.ShareScope;

/** One of the talent's shares, as they see and revoke it. */
public record ShareView(ShareAudience audience, ShareScope scope, Instant sharedAt) {

}
