package io.cocareer.toolbox.workshop;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/** A workshop as an iCalendar (RFC 5545) invite, as {@code tour.tracking.TourCalendar} writes check-ins. */
final class WorkshopCalendar {

	private WorkshopCalendar() {
	}

	static String invite(UUID id, String title, String description, Instant startsAt, int durationMinutes,
			String place, String videoLink, boolean cancelled, URI page) {
		Calendar calendar = new Calendar().withProdId("-//CoCareer//Career planning workshops//EN")
			.withDefaults()
			.getFluentTarget();
		VEvent event = new VEvent(startsAt, Duration.ofMinutes(durationMinutes), title);
		event.add(new Uid("workshop-" + id + "@cocareer"));
		event.add(new Url(page));
		String where = (place != null) ? place : videoLink;
		if (where != null) {
			event.add(new Location(where));
		}
		StringBuilder text = new StringBuilder();
		if (description != null) {
			text.append(description);
		}
		if (videoLink != null) {
			text.append((text.length() > 0) ? "\n\n" : "").append(videoLink);
		}
		if (text.length() > 0) {
			event.add(new Description(text.toString()));
		}
		event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
		calendar.add(event);
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
