package io.cocareer.network.map;

import io.cocareer.network.health.NetworkHealth;
import io.cocareer.shared.PrivateData;

/** The health of one talent's map, private as the map is. */
@PrivateData
public record NetworkHealthView(NetworkHealth health) {

}
