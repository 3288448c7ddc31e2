package io.cocareer.talent;

import java.util.UUID;

import io.cocareer.shared.NotFoundException;

/** No such profile, or one the caller may not know exists: both answer the same 404. */
public class TalentNotFoundException extends NotFoundException {

	public TalentNotFoundException(UUID personId) {
		super("talent.notFound", "No talent profile %s".formatted(personId));
	}

}
