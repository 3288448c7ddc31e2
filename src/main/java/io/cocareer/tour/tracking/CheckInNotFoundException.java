package io.cocareer.tour.tracking;

import java.util.UUID;

import io.cocareer.shared.NotFoundException;

/** No such check-in on this tour. */
public class CheckInNotFoundException extends NotFoundException {

	public CheckInNotFoundException(UUID id) {
		super("tour.checkIn.notFound", "Check-in %s not found".formatted(id));
	}

}
