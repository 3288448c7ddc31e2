package io.cocareer.talent;

import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;

/** No such profile, or one the caller may not know exists: both answer the same 404. */
public class TalentNotFoundException extends NotFoundException {

	public TalentNotFoundException(PersonId personId) {
		super("talent.notFound", "No talent profile %s".formatted(personId));
	}

}
