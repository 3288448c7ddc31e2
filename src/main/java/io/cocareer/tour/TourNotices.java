package io.cocareer.tour;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Days;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.internal.Tour;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who is told what at each hand-off of a tour, in one place: a tour proposed (the talent), the
 * mission revised or commented (the other side), one side signed (the other), the closing review
 * started and completed (talent and manager); the notices of resource requests and obstacles are
 * the support module's ({@code WorkItemNotices}), those of check-ins, coaching and wins the
 * tracking module's, the notice of interest in a package (to its sponsor) the catalogue's
 * ({@code WorkPackageService}).
 * Publishes {@link Notice}s, which the notification module stores and mails.
 * <p>
 * A notice that asks for an action carries an action key; {@link NoticeDone} marks it done when the
 * action is taken or no longer needed. The keys, per tour: respond to the proposal, reply in the
 * mission conversation, sign, write the reflection, write the company's view.
 * <p>
 * Privacy: a notice says who did what to which tour or package, by title, and never carries what
 * was written (a note, a comment, a check-in's words): its recipient reads that behind the link,
 * where the usual rules apply. Nobody is told about their own action.
 */
@Component
public class TourNotices {

	private final ApplicationEventPublisher events;

	// public for the demo, which builds the services on the clock of its story
	public TourNotices(ApplicationEventPublisher events) {
		this.events = events;
	}

	static String respondKey(UUID tourId) {
		return "tour.respond:" + tourId;
	}

	static String missionReplyKey(UUID tourId) {
		return "tour.mission.reply:" + tourId;
	}

	public static String signKey(UUID tourId) {
		return "tour.sign:" + tourId;
	}

	static String reflectKey(UUID tourId) {
		return "tour.closing.reflect:" + tourId;
	}

	static String assessKey(UUID tourId) {
		return "tour.closing.assess:" + tourId;
	}

	/** A tour was proposed: the talent is asked to respond (start the conversation, or say no). */
	public void proposed(Tour tour, Actor actor) {
		if (actor.isPerson(PersonId.ofNullable(tour.talentId()))) {
			return;
		}
		publish(Notice
			.toPeople("tour.proposed", Set.of(tour.talentId()), "notice.tour.proposed",
					List.of(actor.displayName(), tour.title(), Days.format(tour.startOn()), Days.format(tour.endOn())),
					"/tours/" + tour.id(), "tour-proposed:" + tour.id())
			.asking(respondKey(tour.id())));
	}

	/**
	 * The mission was revised or commented: the other side is asked to reply. The talent's words
	 * go to the manager, the manager's to the talent, the talent lead's to both. The author's own
	 * reply notice is done (they replied), and a talent who writes has responded to the proposal.
	 */
	public void missionChanged(Tour tour, Actor actor, Participation author, Integer revisionNo) {
		Set<UUID> to = new HashSet<>();
		if (author != Participation.TALENT) {
			to.add(tour.talentId());
		}
		if (author != Participation.MANAGER) {
			to.add(tour.managerId());
		}
		if (actor.personId() != null) {
			to.remove(actor.personId().value());
			done(NoticeDone.forPerson(missionReplyKey(tour.id()), actor.personId()));
		}
		if (author == Participation.TALENT) {
			done(NoticeDone.forEveryone(respondKey(tour.id())));
		}
		if (to.isEmpty()) {
			return;
		}
		Notice notice = (revisionNo != null)
				? Notice.toPeople("tour.missionRevised", to, "notice.tour.missionRevised",
						List.of(actor.displayName(), tour.title(), String.valueOf(revisionNo)),
						"/tours/" + tour.id() + "/mission", null)
				: Notice.toPeople("tour.missionCommented", to, "notice.tour.missionCommented",
						List.of(actor.displayName(), tour.title()), "/tours/" + tour.id() + "/mission", null);
		publish(notice.asking(missionReplyKey(tour.id())));
	}

	/**
	 * One side signed. The signer's own "sign" notices are done; if the other has not signed yet
	 * they are told it now waits for them, and if both have, the first signer is told the outcome.
	 */
	public void signed(Tour tour, Actor actor, Participation signer, boolean both) {
		if (actor.personId() != null) {
			done(NoticeDone.forPerson(signKey(tour.id()), actor.personId()));
		}
		UUID other = (signer == Participation.TALENT) ? tour.managerId() : tour.talentId();
		if (actor.isPerson(PersonId.ofNullable(other))) {
			return;
		}
		String link = "/tours/" + tour.id() + "/agreement";
		if (!both) {
			publish(Notice
				.toPeople("tour.signedByOne", Set.of(other), "notice.tour.signedByOne",
						List.of(actor.displayName(), tour.title()), link, null)
				.asking(signKey(tour.id())));
		}
		else if (tour.state() == TourState.SIGNED) {
			publish(Notice.toPeople("tour.signedByBoth", Set.of(other), "notice.tour.signedStarting",
					List.of(actor.displayName(), tour.title(), Days.format(tour.startOn())), link, null));
		}
		else {
			publish(Notice.toPeople("tour.signedByBoth", Set.of(other), "notice.tour.signedBinding",
					List.of(actor.displayName(), tour.title()), link, null));
		}
	}

	/**
	 * A lifecycle move: what it starts (the closing review's notices) and which asked actions it
	 * ends (the proposal has an answer, the mission is frozen, signing is over, the tour is over).
	 */
	void moved(Tour tour, TourState from, Actor actor) {
		UUID id = tour.id();
		if (from == TourState.DRAFT) {
			done(NoticeDone.forEveryone(respondKey(id)));
		}
		switch (tour.state()) {
			case AWAITING_SIGNATURES -> done(NoticeDone.forEveryone(missionReplyKey(id)));
			case IN_CONVERSATION -> {
				if (from == TourState.AWAITING_SIGNATURES) {
					// changes asked for: the signatures given so far no longer count, nothing to sign
					done(NoticeDone.forEveryone(signKey(id)));
				}
			}
			case SIGNED, ACTIVE -> done(NoticeDone.forEveryone(signKey(id)));
			case IN_CLOSING_REVIEW -> closingStarted(tour, actor);
			case COMPLETED -> {
				allDone(id);
				closingCompleted(tour, actor);
			}
			case ENDED_EARLY -> allDone(id);
			default -> {
			}
		}
	}

	/** A section of the closing review was written: who was asked for it is done. */
	public void closingSectionWritten(Tour tour, Participation writer) {
		done(NoticeDone.forEveryone((writer == Participation.TALENT) ? reflectKey(tour.id()) : assessKey(tour.id())));
	}

	private void closingStarted(Tour tour, Actor actor) {
		String link = "/tours/" + tour.id() + "/closing-review";
		if (!actor.isPerson(PersonId.ofNullable(tour.talentId()))) {
			publish(Notice
				.toPeople("tour.closingStarted", Set.of(tour.talentId()), "notice.tour.closingStarted.talent",
						List.of(actor.displayName(), tour.title()), link, null)
				.asking(reflectKey(tour.id())));
		}
		if (!actor.isPerson(PersonId.ofNullable(tour.managerId()))) {
			publish(Notice
				.toPeople("tour.closingStarted", Set.of(tour.managerId()), "notice.tour.closingStarted.manager",
						List.of(actor.displayName(), tour.title()), link, null)
				.asking(assessKey(tour.id())));
		}
	}

	private void closingCompleted(Tour tour, Actor actor) {
		Set<UUID> to = new HashSet<>(Set.of(tour.talentId(), tour.managerId()));
		if (actor.personId() != null) {
			to.remove(actor.personId().value());
		}
		if (!to.isEmpty()) {
			publish(Notice.toPeople("tour.closingCompleted", to, "notice.tour.closingCompleted",
					List.of(actor.displayName(), tour.title()), "/tours/" + tour.id() + "/closing-review", null));
		}
	}

	private void allDone(UUID tourId) {
		for (String key : List.of(respondKey(tourId), missionReplyKey(tourId), signKey(tourId), reflectKey(tourId),
				assessKey(tourId))) {
			done(NoticeDone.forEveryone(key));
		}
	}

	private void publish(Notice notice) {
		this.events.publishEvent(notice);
	}

	private void done(NoticeDone done) {
		this.events.publishEvent(done);
	}

}
