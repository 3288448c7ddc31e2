package io.cocareer.tour.tracking;

import java.util.UUID;

import io.cocareer.shared.NotFoundException;

/** No such coaching session, or the caller neither coaches it nor takes part in its tour. */
public class CoachingSessionNotFoundException extends NotFoundException {

	public CoachingSessionNotFoundException(UUID id) {
		super("tour.coaching.notFound", "Coaching session %s not found".formatted(id));
	}

}
