package io.cocareer.tour.tracking;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

import io.cocareer.shared.Actor;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.tracking.internal.CheckInRepository;
import io.cocareer.tour.tracking.internal.CheckInSchedule;
import io.cocareer.tour.tracking.internal.CoachingSession;
import io.cocareer.tour.tracking.internal.CoachingSessionRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tour's check-ins and coaching as an iCalendar file, for the people of the tour. */
@Service
@Transactional(readOnly = true)
public class TourCalendar {

	private final TourService tours;

	private final CheckInRepository checkIns;

	private final CoachingSessionRepository sessions;

	private final TourGuard guard;

	TourCalendar(TourService tours, CheckInRepository checkIns, CoachingSessionRepository sessions, TourGuard guard) {
		this.tours = tours;
		this.checkIns = checkIns;
		this.sessions = sessions;
		this.guard = guard;
	}

	/**
	 * The tour's upcoming check-ins (from the next due date to the end, on the cadence) and its
	 * scheduled coaching sessions, as an iCalendar file. UIDs are stable per tour and date, so a
	 * calendar that imports it again updates rather than duplicates.
	 * @param baseUrl the application's address, for the link to the tour page
	 */
	public String calendar(Actor actor, UUID tourId, String baseUrl) {
		Tour tour = this.guard.participantTour(actor, tourId);
		Calendar calendar = new Calendar().withProdId("-//CoCareer//Tours of duty//EN")
			.withDefaults()
			.getFluentTarget();
		URI tourPage = URI.create(baseUrl + "/tours/" + tourId + "/check-ins");
		if (tour.state() == TourState.ACTIVE) {
			CheckInSchedule schedule = Tracking.schedule(tour, this.checkIns.findByTourIdOrderByHeldOnDesc(tourId),
					this.tours.today());
			for (LocalDate due : schedule.upcoming()) {
				VEvent event = new VEvent(due, "Check-in: " + tour.title());
				event.add(new Uid("checkin-" + tourId + "-" + due + "@cocareer"));
				event.add(new Url(tourPage));
				calendar.add(event);
			}
		}
		for (CoachingSession session : this.sessions.findByTourIdAndStatusIn(tourId,
				EnumSet.of(CoachingStatus.SCHEDULED))) {
			VEvent event = new VEvent(session.scheduledAt(), Duration.ofHours(1), "Coaching: " + session.topic());
			event.add(new Uid("coaching-" + session.id() + "@cocareer"));
			event.add(new Url(tourPage));
			calendar.add(event);
		}
		try {
			StringWriter out = new StringWriter();
			new CalendarOutputter(false).output(calendar, out);
			return out.toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
