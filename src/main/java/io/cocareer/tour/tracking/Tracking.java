package io.cocareer.tour.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.people.PersonSummary;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.tour.TourState;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.tracking.internal.CheckIn;
import io.cocareer.tour.tracking.internal.CheckInSchedule;

/** What the check-ins, coaching, wins and the calendar of a tour share. */
final class Tracking {

	private Tracking() {
	}

	static CheckInSchedule schedule(Tour tour, List<CheckIn> held, LocalDate today) {
		return CheckInSchedule.of(tour.startOn(), tour.endOn(), tour.checkInCadenceDays(),
				held.stream().map(CheckIn::heldOn).toList(), today);
	}

	static void requireRunning(Tour tour) {
		if (tour.state() != TourState.ACTIVE) {
			throw new BusinessRuleViolation("tour.checkIn.notActive",
					"Only an active tour takes check-ins; this one is %s".formatted(tour.state().label()),
					tour.state().label());
		}
	}

	static String name(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary person = names.get(id);
		return (person != null) ? person.fullName() : "?";
	}

}
