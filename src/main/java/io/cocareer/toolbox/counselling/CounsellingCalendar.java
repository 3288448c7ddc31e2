package io.cocareer.toolbox.counselling;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.counselling.internal.CounsellingAccess;
import io.cocareer.toolbox.counselling.internal.CounsellingSession;
import io.cocareer.toolbox.counselling.internal.CounsellingSessions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's calendar invite (iCalendar, as the tours' calendar): {@code METHOD:REQUEST} for a
 * scheduled session, {@code METHOD:CANCEL} with {@code STATUS:CANCELLED} for a cancelled one. Its
 * UID is the session's for ever and its SEQUENCE goes up on every reschedule and on cancelling, so
 * a calendar that imports it again updates the event. It carries the topic, the time and the
 * place, never the agenda or the notes; for the talent, the counsellor and the talent lead.
 */
@Service
@Transactional(readOnly = true)
public class CounsellingCalendar {

	private final CounsellingSessions sessions;

	private final CounsellingAccess access;

	private final PeopleDirectory people;

	private final Clock clock;

	CounsellingCalendar(CounsellingSessions sessions, CounsellingAccess access, PeopleDirectory people, Clock clock) {
		this.sessions = sessions;
		this.access = access;
		this.people = people;
		this.clock = clock;
	}

	/** The stable UID of a session's event. */
	public static String uid(UUID sessionId) {
		return "counselling-" + sessionId + "@cocareer";
	}

	/**
	 * @param baseUrl the application's address, for the link to the session page
	 */
	public String invite(Actor actor, UUID sessionId, String baseUrl) {
		this.access.participant(actor);
		CounsellingSession session = this.access
			.readable(actor, this.sessions.findById(sessionId).orElseThrow(CounsellingAccess::notFound));
		if (!this.access.mayDownloadInvite(actor, session)) {
			throw new NotFoundException("toolbox.counselling.invite.none",
					"A session has an invite once it is scheduled");
		}
		boolean cancelled = session.status() == SessionStatus.CANCELLED;
		Calendar calendar = new Calendar().withProdId("-//CoCareer//Career counselling//EN")
			.withDefaults()
			.withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
			.getFluentTarget();
		Instant start = session.startsAt().atZone(this.clock.getZone()).toInstant();
		Instant end = session.endsAt().atZone(this.clock.getZone()).toInstant();
		VEvent event = new VEvent(start, end, "Career counselling: " + session.topic());
		event.add(new Uid(uid(session.id())));
		event.add(new Sequence(session.sequence()));
		event.add(new Url(URI.create(baseUrl + CounsellingService.link(session.id()))));
		String where = (session.place() != null) ? session.place() : session.videoLink();
		if (where != null) {
			event.add(new Location(where));
		}
		email(session.counsellorId()).ifPresent((mail) -> event.add(new Organizer(URI.create("mailto:" + mail))));
		email(session.talentId()).ifPresent((mail) -> event.add(new Attendee(URI.create("mailto:" + mail))));
		event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
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

	private java.util.Optional<String> email(UUID personId) {
		if (personId == null) {
			return java.util.Optional.empty();
		}
		return this.people.find(PersonId.of(personId))
			.map(PersonView::email)
			.filter((mail) -> mail != null && mail.contains("@") && !mail.contains(" "));
	}

}
