package io.cocareer.toolbox.workshop.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Notice;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What people are told about workshops, each only about their own place: that they moved up from
 * the waiting list, that someone enrolled them, that a workshop they were in is cancelled. The
 * words name the workshop's title alone (which its audience reads anyway), never who else is in it.
 */
@Component
public class WorkshopNotices {

	private final ApplicationEventPublisher events;

	WorkshopNotices(ApplicationEventPublisher events) {
		this.events = events;
	}

	public static String link(UUID workshopId) {
		return "/toolbox/workshops/" + workshopId;
	}

	/** Each person who moved up from the waiting list is told, once per seat. */
	public void movedUp(Workshop workshop, Collection<UUID> personIds) {
		for (UUID personId : personIds) {
			this.events.publishEvent(Notice.toPeople("toolbox.workshop.movedUp", Set.of(personId),
					"notice.toolbox.workshop.movedUp", List.of(workshop.title()), link(workshop.id()),
					"toolbox.workshop.movedUp." + workshop.id() + "." + personId + "."
							+ workshop.seatOf(personId).map(Seat::ordinal).orElse(0)));
		}
	}

	/** The person someone else enrolled (or put in line) is told. */
	public void enrolledBy(Workshop workshop, UUID personId, boolean waiting) {
		this.events.publishEvent(Notice.toPeople("toolbox.workshop.enrolled", Set.of(personId),
				waiting ? "notice.toolbox.workshop.waitingBy" : "notice.toolbox.workshop.enrolledBy",
				List.of(workshop.title()), link(workshop.id()), null));
	}

	/** Everyone enrolled and waiting is told it is cancelled, except who cancelled it. */
	public void cancelled(Workshop workshop, Collection<UUID> personIds, UUID by) {
		Set<UUID> told = new HashSet<>(personIds);
		told.remove(by);
		if (!told.isEmpty()) {
			this.events.publishEvent(Notice.toPeople("toolbox.workshop.cancelled", told,
					"notice.toolbox.workshop.cancelled", List.of(workshop.title()), link(workshop.id()),
					"toolbox.workshop.cancelled." + workshop.id()));
		}
	}

}
