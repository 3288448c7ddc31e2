package io.cocareer.tour.agreement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;
import io.cocareer.tour.TourNotices;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.agreement.internal.MissionComment;
import io.cocareer.tour.agreement.internal.MissionCommentRepository;
import io.cocareer.tour.agreement.internal.MissionRevision;
import io.cocareer.tour.agreement.internal.MissionRevisionRepository;
import io.cocareer.tour.agreement.internal.WordDiff;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mission conversation (step 5): talent, manager and talent lead draft the mission together.
 * Rules:
 * <ul>
 * <li>every save is a new revision with its author and time; nothing is overwritten;</li>
 * <li>a save names the revision it started from: if someone saved a newer one meanwhile, nothing
 * is stored and the writer gets {@link MissionConflict} with what changed (no lost update);</li>
 * <li>the first revision of a draft tour starts the conversation;</li>
 * <li>the mission is revised while the tour is a draft or in conversation; once the agreement goes
 * out for signature it is frozen with it.</li>
 * </ul>
 */
@Service
@Transactional
public class MissionService {

	private final TourService tours;

	private final MissionRevisionRepository revisions;

	private final MissionCommentRepository comments;

	private final ApplicationEventPublisher events;

	private final TourNotices notices;

	private final Clock clock;

	private final PeopleDirectory people;

	private final TourGuard guard;

	MissionService(TourService tours, MissionRevisionRepository revisions, MissionCommentRepository comments,
			ApplicationEventPublisher events, TourNotices notices, Clock clock, PeopleDirectory people,
			TourGuard guard) {
		this.guard = guard;
		this.people = people;
		this.tours = tours;
		this.revisions = revisions;
		this.comments = comments;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * This service once more, on another clock, publisher and notices and beside the given tour
	 * service: for the demo, which plays each step of its story at its own moment.
	 */
	public MissionService on(TourService tourService, Clock clock, ApplicationEventPublisher events,
			TourNotices notices) {
		return new MissionService(tourService, this.revisions, this.comments, events, notices, clock, this.people,
				this.guard);
	}

	/**
	 * Who wrote each tour's latest mission revision, for the tours whose latest revision was not
	 * written by this account: for the homes, which chose the tours their reader runs. Two
	 * statements, however many tours.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> latestRevisionAuthorsOtherThan(Collection<UUID> tourIds, AccountId account) {
		if (tourIds.isEmpty()) {
			return Map.of();
		}
		List<MissionRevision> latest = this.revisions.findLatestOfTours(tourIds)
			.stream()
			.filter((revision) -> !revision.authorAccount().equals(account.value()))
			.toList();
		PersonNames names = names(latest);
		Map<UUID, String> authors = new HashMap<>();
		latest.forEach((revision) -> authors.put(revision.tourId(),
				names.of(PersonId.ofNullable(revision.authorPersonId()), revision.authorName())));
		return authors;
	}

	@Transactional(readOnly = true)
	public MissionView get(Actor actor, TourId tourId) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		List<MissionRevision> revisions = this.revisions.findByTourIdOrderByRevisionNoDesc(tourId.value());
		List<MissionComment> comments = this.comments.findByTourIdOrderByCreatedAtAsc(tourId.value());
		// the authors of every revision and comment: one statement
		List<UUID> authors = new ArrayList<>(revisions.stream().map(MissionRevision::authorPersonId).toList());
		comments.forEach((c) -> authors.add(c.authorPersonId()));
		PersonNames names = this.people.names(authors);
		List<MissionView.Revision> all = revisions.stream().map((revision) -> view(revision, names)).toList();
		List<MissionView.Comment> remarks = comments.stream()
			.map((c) -> new MissionView.Comment(c.id(), c.revisionNo(), c.body(), names.of(PersonId.ofNullable(c.authorPersonId()), c.authorName()),
					c.createdAt()))
			.toList();
		boolean organisation = this.guard.participation(actor, tour).orElseThrow().forOrganisation();
		MissionView.Revision latest = all.isEmpty() ? null : all.get(0);
		return new MissionView(tourId.value(), latest, all, remarks, editable(tour), open(tour, latest, organisation),
				MissionText.requiredFor(organisation));
	}

	/**
	 * Saves the next revision.
	 * @param baseRevision the revision the writer started from (0 or {@code null}: none)
	 * @return the new revision's number
	 * @throws MissionConflict if a newer revision than the base was saved meanwhile
	 */
	public int revise(Actor actor, TourId tourId, MissionText text, Integer baseRevision) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		if (!editable(tour)) {
			throw new BusinessRuleViolation("tour.mission.frozen",
					"The mission is frozen with the agreement once it goes out for signature");
		}
		if (text == null) {
			throw new InvalidInput("objective", "tour.field.required", "Required");
		}
		int base = (baseRevision != null) ? baseRevision : 0;
		MissionRevision latest = this.revisions.findFirstByTourIdOrderByRevisionNoDesc(tourId.value()).orElse(null);
		int latestNo = (latest != null) ? latest.revisionNo() : 0;
		if (base != latestNo) {
			if (base > latestNo || base < 0) {
				throw new InvalidInput("baseRevision", "tour.mission.noSuchRevision",
						"The mission has no revision %d".formatted(base), base);
			}
			MissionRevision from = (base > 0) ? revision(tourId.value(), base) : null;
			PersonNames names = names((from != null) ? List.of(from, latest) : List.of(latest));
			throw new MissionConflict(view(latest, names), diff(from, latest, names));
		}
		Instant now = this.clock.instant();
		boolean organisation = this.guard.participation(actor, tour).orElseThrow().forOrganisation();
		MissionRevision next = MissionRevision.after(latest, tourId.value(), text, organisation, AccountId.valueOf(actor.accountId()),
				ActedBy.of(actor), now);
		this.revisions.saveAndFlush(next);
		if (tour.state() == TourState.DRAFT) {
			TourState from = tour.startConversation(now);
			this.tours.recordMove(tour, from, null, actor);
		}
		this.events.publishEvent(AuditEvent.career("tour.mission.revised", "tour", tourId.value(),
				AuditEvent.text(tour.title()), AuditEvent.text(next.revisionNo())));
		this.notices.missionChanged(tour, actor, this.guard.participation(actor, tour).orElseThrow(),
				next.revisionNo());
		return next.revisionNo();
	}

	/** What changed from one revision to another (0 as {@code from}: from nothing). */
	@Transactional(readOnly = true)
	public MissionDiff diff(Actor actor, UUID tourId, int from, int to) {
		this.guard.participantTour(actor, tourId);
		MissionRevision older = (from > 0) ? revision(tourId, from) : null;
		if (from < 0) {
			throw new InvalidInput("from", "tour.mission.noSuchRevision", "The mission has no revision %d".formatted(from),
					from);
		}
		MissionRevision newer = revision(tourId, to);
		return diff(older, newer, names((older != null) ? List.of(older, newer) : List.of(newer)));
	}

	public MissionView.Comment comment(Actor actor, TourId tourId, String body, Integer revisionNo) {
		Tour tour = this.guard.participantTour(actor, tourId.value());
		if (tour.state().finished()) {
			throw new BusinessRuleViolation("tour.finished", "A finished tour can no longer be changed");
		}
		if (revisionNo != null && this.revisions.findByTourIdAndRevisionNo(tourId.value(), revisionNo).isEmpty()) {
			throw new InvalidInput("revisionNo", "tour.mission.noSuchRevision",
					"The mission has no revision %d".formatted(revisionNo), revisionNo);
		}
		MissionComment comment = this.comments.save(MissionComment.of(tourId.value(), revisionNo, body, AccountId.valueOf(actor.accountId()),
				ActedBy.of(actor), this.clock.instant()));
		this.events.publishEvent(AuditEvent.career("tour.mission.commented", "tour", tourId.value(),
				AuditEvent.text(tour.title())));
		this.notices.missionChanged(tour, actor, this.guard.participation(actor, tour).orElseThrow(), null);
		return new MissionView.Comment(comment.id(), comment.revisionNo(), comment.body(),
				this.people.names(Collections.singletonList(comment.authorPersonId()))
					.of(PersonId.ofNullable(comment.authorPersonId()), comment.authorName()),
				comment.createdAt());
	}

	// ---- for the agreement -------------------------------------------------------------------

	/** The latest revision, for the agreement to carry when it goes out for signature. */
	java.util.Optional<MissionRevision> latest(UUID tourId) {
		return this.revisions.findFirstByTourIdOrderByRevisionNoDesc(tourId);
	}

	/** The parts of the mission still to write, each with who writes it. */
	private List<MissionView.OpenPart> open(Tour tour, MissionView.Revision latest, boolean organisation) {
		List<String> missing = (latest != null) ? latest.text().missing() : MissionText.FIELDS;
		if (missing.isEmpty()) {
			return List.of();
		}
		var names = this.people.summaries(Set.of(tour.talentId(), tour.managerId()));
		List<MissionView.OpenPart> open = new ArrayList<>();
		for (String field : missing) {
			MissionText.Writer writer = MissionText.writerOf(field);
			UUID writerId = switch (writer) {
				case TALENT -> tour.talentId();
				case ORGANISATION -> tour.managerId();
				case EITHER -> null;
			};
			String name = (writerId != null && names.get(writerId) != null) ? names.get(writerId).fullName() : null;
			boolean yours = writer == MissionText.Writer.EITHER
					|| (writer == MissionText.Writer.ORGANISATION) == organisation;
			open.add(new MissionView.OpenPart(field, writer, name, yours));
		}
		return open;
	}

	static boolean editable(Tour tour) {
		return tour.state() == TourState.DRAFT || tour.state() == TourState.IN_CONVERSATION;
	}

	private MissionRevision revision(UUID tourId, int no) {
		return this.revisions.findByTourIdAndRevisionNo(tourId, no)
			.orElseThrow(() -> new NotFoundException("tour.mission.revisionNotFound",
					"The mission has no revision %d".formatted(no), no));
	}

	/** The authors' names as they are now: one statement. */
	private PersonNames names(List<MissionRevision> revisions) {
		return this.people.names(revisions.stream().map(MissionRevision::authorPersonId).toList());
	}

	private static MissionDiff diff(MissionRevision from, MissionRevision to, PersonNames names) {
		return new MissionDiff((from != null) ? from.revisionNo() : 0,
				(from != null) ? names.of(PersonId.ofNullable(from.authorPersonId()), from.authorName()) : null, to.revisionNo(),
				names.of(PersonId.ofNullable(to.authorPersonId()), to.authorName()), WordDiff.of((from != null) ? from.text() : null, to.text()));
	}

	private static MissionView.Revision view(MissionRevision revision, PersonNames names) {
		return new MissionView.Revision(revision.revisionNo(), revision.text(),
				names.of(PersonId.ofNullable(revision.authorPersonId()), revision.authorName()), revision.createdAt());
	}

}
