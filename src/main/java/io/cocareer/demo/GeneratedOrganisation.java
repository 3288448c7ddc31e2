package io.cocareer.demo;

import java.util.UUID;

/** What the generator made, for logs and tests. */
public record GeneratedOrganisation(int units, int people, int talents, int accounts, UUID leadPersonId,
		UUID managerPersonId, UUID talentPersonId, UUID alumnusPersonId) {

}
