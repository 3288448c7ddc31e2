package io.cocareer.toolbox.assessment;

import java.util.UUID;

/** Someone taking part in a centre, by id and name as it is now. */
public record PersonRef(UUID id, String name) {

}
