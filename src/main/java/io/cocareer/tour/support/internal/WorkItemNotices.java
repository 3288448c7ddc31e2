package io.cocareer.tour.support.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Days;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.support.WorkItemKind;
import io.cocareer.tour.support.WorkItemStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who is told what when a resource request or obstacle changes hands: its owner is asked to act,
 * and the talent is told when it is closed. The action key, per item: act on it. The same privacy
 * as every tour notice: who did what to which item, by title, never what was written.
 */
@Component
public class WorkItemNotices {

	private final ApplicationEventPublisher events;

	// public for TourWorkService, which builds one for the demo
	public WorkItemNotices(ApplicationEventPublisher events) {
		this.events = events;
	}

	static String workKey(UUID itemId) {
		return "tour.work:" + itemId;
	}

	/**
	 * A resource request or obstacle given to someone to act on: its owner is asked to, unless they
	 * gave it to themselves. Only an owner who can open the tour is told here (the talent or the
	 * manager); anyone else learns of it when it is escalated.
	 */
	public void workItemOwned(Tour tour, UUID itemId, WorkItemKind kind, String title, UUID ownerId,
			LocalDate dueOn, Actor actor) {
		if (actor.isPerson(PersonId.ofNullable(ownerId)) || !(ownerId.equals(tour.talentId()) || ownerId.equals(tour.managerId()))) {
			return;
		}
		publish(Notice
			.toPeople("tour.workOwned", Set.of(ownerId), "notice.tour.workOwned." + kind,
					List.of(actor.displayName(), title, tour.title(), Days.format(dueOn)),
					"/tours/" + tour.id() + "/work/" + itemId, null)
			.asking(workKey(itemId)));
	}

	/** The item changed hands: the former owner has nothing more to do, the new one is asked. */
	public void workItemHandedOver(Tour tour, UUID itemId, WorkItemKind kind, String title, UUID formerOwnerId,
			UUID ownerId, LocalDate dueOn, Actor actor) {
		done(NoticeDone.forPerson(workKey(itemId), PersonId.ofNullable(formerOwnerId)));
		workItemOwned(tour, itemId, kind, title, ownerId, dueOn, actor);
	}

	/**
	 * The item was provided, declined or resolved: nobody is asked to act on it any more, and the
	 * talent, whose tour it serves, is told unless they closed it themselves.
	 */
	public void workItemClosed(Tour tour, UUID itemId, String title, WorkItemStatus status, Actor actor) {
		done(NoticeDone.forEveryone(workKey(itemId)));
		if (actor.isPerson(PersonId.ofNullable(tour.talentId()))) {
			return;
		}
		publish(Notice.toPeople("tour.workClosed", Set.of(tour.talentId()), "notice.tour.workClosed." + status,
				List.of(actor.displayName(), title, tour.title()), "/tours/" + tour.id() + "/work/" + itemId, null));
	}

	private void publish(Notice notice) {
		this.events.publishEvent(notice);
	}

	private void done(NoticeDone done) {
		this.events.publishEvent(done);
	}

}
