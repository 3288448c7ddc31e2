package io.cocareer.tour;

import java.util.UUID;

import io.cocareer.shared.NotFoundException;
import io.cocareer.tour.internal.Tour;

/** No such tour, or the caller is not one of the people who see it. */
public class TourNotFoundException extends NotFoundException {

	public TourNotFoundException(UUID id) {
		super("tour.notFound", "Tour %s not found".formatted(id));
	}

}
