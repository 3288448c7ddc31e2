package io.cocareer.network.map;

import java.time.Instant;
import java.util.UUID;

import io.cocareer.network.ShareScope;

/** A talent who shares their network with the reader, and how much of it. */
public record SharedNetwork(UUID talentId, String talentName, ShareScope scope, Instant sharedAt) {

}
