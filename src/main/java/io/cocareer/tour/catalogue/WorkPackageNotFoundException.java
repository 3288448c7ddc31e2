package io.cocareer.tour.catalogue;

import java.util.UUID;

import io.cocareer.shared.NotFoundException;

/** No such work package, or the caller may not know it exists (a draft of someone else's). */
public class WorkPackageNotFoundException extends NotFoundException {

	public WorkPackageNotFoundException(UUID id) {
		super("tour.package.notFound", "Work package %s not found".formatted(id));
	}

}
