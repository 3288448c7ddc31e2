package io.cocareer.tour.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.Days;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.support.internal.TourWorkItem;
import io.cocareer.tour.support.internal.TourWorkItemRepository;
import io.cocareer.tour.support.internal.WorkItemNotices;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resource requests and obstacles of a running tour (step 7). Rules, for the UI and the API alike:
 * <ul>
 * <li>the talent, their manager and the talent lead see, add and update them; for anyone else
 * (the sponsor too) the tour does not exist;</li>
 * <li>items are added and changed while the tour runs (active or in closing review); a finished
 * tour's items are read-only, and so is a closed item;</li>
 * <li>an open item past its date is overdue; the daily {@link #escalateOverdue} escalates it once
 * to the talent lead and its owner.</li>
 * </ul>
 */
@Service
@Transactional
public class TourWorkService {

	private static final Logger log = LoggerFactory.getLogger(TourWorkService.class);

	static final Set<TourState> RUNNING = EnumSet.of(TourState.ACTIVE, TourState.IN_CLOSING_REVIEW);

	private static final Set<WorkItemStatus> CLOSED = EnumSet.of(WorkItemStatus.PROVIDED, WorkItemStatus.DECLINED,
			WorkItemStatus.RESOLVED);

	private final TourService tourService;

	private final TourRepository tours;

	private final TourWorkItemRepository items;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final WorkItemNotices notices;

	private final Clock clock;

	private final TourGuard guard;

	private final TransactionTemplate transactions;

	TourWorkService(TourService tourService, TourRepository tours, TourWorkItemRepository items,
			PeopleDirectory people, ApplicationEventPublisher events, WorkItemNotices notices, Clock clock,
			TourGuard guard, TransactionTemplate transactions) {
		this.guard = guard;
		this.tourService = tourService;
		this.tours = tours;
		this.items = items;
		this.people = people;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * This service once more, on another clock and publisher and beside the given tour service:
	 * for the demo, which plays each step of its story at its own moment.
	 */
	public TourWorkService on(TourService tourService, Clock clock, ApplicationEventPublisher events) {
		return new TourWorkService(tourService, this.tours, this.items, this.people, events,
				new WorkItemNotices(events), clock, this.guard, this.transactions);
	}

	// ---- reads -------------------------------------------------------------------------------

	/** The tour's resource requests and obstacles, oldest first. */
	@Transactional(readOnly = true)
	public List<WorkItemView> items(Actor actor, UUID tourId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		List<TourWorkItem> found = this.items.findByTourIdOrderByCreatedAtAsc(tourId);
		Map<UUID, PersonSummary> names = peopleOf(found);
		return found.stream().map((item) -> view(item, tour, names)).toList();
	}

	@Transactional(readOnly = true)
	public WorkItemView item(Actor actor, UUID tourId, UUID itemId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		TourWorkItem item = itemOf(tour, itemId);
		return view(item, tour, peopleOf(List.of(item)));
	}

	/** Whether items may be added to the tour: only while it runs. */
	@Transactional(readOnly = true)
	public boolean mayAdd(Actor actor, UUID tourId) {
		return RUNNING.contains(this.guard.participantTour(actor, tourId).state());
	}

	/**
	 * Every open item past its date on a running tour, for the talent lead's overview, oldest date
	 * first. Only the talent lead may ask.
	 */
	@Transactional(readOnly = true)
	public List<OverdueWorkItem> overdueItems(Actor lead) {
		if (!lead.isTalentLead()) {
			throw new PermissionDenied("tour.work.deniedOverview", "Only the talent lead sees the overview");
		}
		List<TourWorkItem> overdue = this.items.overdue(this.tourService.today(), CLOSED, RUNNING);
		Map<UUID, Tour> byId = new HashMap<>();
		this.tours.findAllById(overdue.stream().map(TourWorkItem::tourId).distinct().toList())
			.forEach((tour) -> byId.put(tour.id(), tour));
		Set<UUID> ids = new HashSet<>();
		overdue.forEach((item) -> ids.add(item.ownerId()));
		byId.values().forEach((tour) -> ids.add(tour.talentId()));
		Map<UUID, PersonSummary> names = names(ids);
		List<OverdueWorkItem> result = new ArrayList<>();
		for (TourWorkItem item : overdue) {
			Tour tour = byId.get(item.tourId());
			result.add(new OverdueWorkItem(item.id(), tour.id(), tour.title(), tour.talentId(),
					name(names, tour.talentId()), item.kind(), item.title(), item.ownerId(),
					name(names, item.ownerId()), item.dueOn(), item.escalatedAt()));
		}
		return result;
	}

	/**
	 * How many obstacles are open on each of these tours (only the escalated ones, if asked), in
	 * the order they were raised: for the homes, which chose the tours their reader may see. Counts
	 * only, nothing of what was written.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Integer> openObstacles(Collection<UUID> tourIds, boolean escalatedOnly) {
		Map<UUID, Integer> counts = new LinkedHashMap<>();
		if (tourIds.isEmpty()) {
			return counts;
		}
		for (TourWorkItem item : this.items.findByTourIdIn(tourIds)) {
			if (item.kind() == WorkItemKind.OBSTACLE && !item.status().closed()
					&& (!escalatedOnly || item.escalatedAt() != null)) {
				counts.merge(item.tourId(), 1, Integer::sum);
			}
		}
		return counts;
	}

	// ---- writes ------------------------------------------------------------------------------

	public UUID add(Actor actor, UUID tourId, WorkItemKind kind, WorkItemDraft draft) {
		Tour tour = this.guard.participantTour(actor, tourId);
		requireRunning(tour);
		Instant now = this.clock.instant();
		TourWorkItem item = TourWorkItem.raise(tour.id(), kind, draft.what(), draft.why(), draft.impact(),
				owner(draft), draft.dueOn(), this.tourService.today(), ActedBy.of(actor), now);
		this.items.save(item);
		this.events.publishEvent(AuditEvent.career("tour.work.added", "tourWorkItem", item.id(),
				AuditEvent.term("audit.workKind." + kind), AuditEvent.text(item.title()), AuditEvent.text(tour.title())));
		this.notices.workItemOwned(tour, item.id(), kind, item.title(), item.ownerId(), item.dueOn(), actor);
		return item.id();
	}

	public void update(Actor actor, UUID tourId, UUID itemId, WorkItemDraft draft, long expectedVersion) {
		Tour tour = this.guard.participantTour(actor, tourId);
		TourWorkItem item = itemOf(tour, itemId);
		requireRunning(tour);
		if (item.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Work item %s changed in the meantime".formatted(itemId));
		}
		WorkItemStatus from = item.status();
		UUID ownerBefore = item.ownerId();
		item.revise(draft.what(), draft.why(), draft.impact(), owner(draft), draft.dueOn(), draft.status(),
				draft.statusNote(), this.tourService.today(), ActedBy.of(actor), this.clock.instant());
		this.items.flush();
		this.events.publishEvent(AuditEvent.career("tour.work.updated", "tourWorkItem", itemId,
				AuditEvent.text(item.title()), AuditEvent.text(tour.title()), AuditEvent.term(item.status().messageKey())));
		if (item.status().closed()) {
			if (!from.closed()) {
				this.notices.workItemClosed(tour, item.id(), item.title(), item.status(), actor);
			}
		}
		else if (!item.ownerId().equals(ownerBefore)) {
			this.notices.workItemHandedOver(tour, item.id(), item.kind(), item.title(), ownerBefore, item.ownerId(),
					item.dueOn(), actor);
		}
	}

	/**
	 * The daily escalation: every open item past its date on a running tour that is not escalated
	 * yet is marked escalated, and its owner and the talent lead are told, once per item. Running
	 * it again (or on another instance) tells nobody anything twice. Each item is escalated in a
	 * transaction of its own: one that fails is left for the next run and costs the others nothing
	 * (called within a transaction, as by the demo seeder, it joins that one instead).
	 * @return how many items this run escalated
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public int escalateOverdue(LocalDate today) {
		Instant now = this.clock.instant();
		int escalated = 0;
		for (TourWorkItem item : this.items.overdue(today, CLOSED, RUNNING)) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> escalate(item, now)))) {
					escalated++;
				}
			}
			catch (RuntimeException ex) {
				log.error("Overdue item {} could not be escalated; the next run tries again", item.id(), ex);
			}
		}
		return escalated;
	}

	/** Marks one item escalated and tells its owner and the talent lead, together or not at all. */
	private boolean escalate(TourWorkItem item, Instant now) {
		if (item.escalatedAt() != null || this.items.markEscalated(item.id(), now) == 0) {
			return false;
		}
		Tour tour = this.tours.findById(item.tourId()).orElseThrow();
		String talent = name(names(List.of(tour.talentId())), tour.talentId());
		this.events.publishEvent(new Notice("tour.workOverdue", Set.of(item.ownerId()),
				Set.of(Role.TALENT_LEAD), "notice.tour.workOverdue." + item.kind(),
				List.of(item.title(), tour.title(), talent, Days.format(item.dueOn())),
				"/tours/" + tour.id() + "/work", "work-overdue:" + item.id()));
		this.events.publishEvent(AuditEvent.career("tour.work.escalated", "tourWorkItem", item.id(),
				AuditEvent.text(item.title()), AuditEvent.text(tour.title()), AuditEvent.text(item.dueOn())));
		return true;
	}

	// ---- internals ---------------------------------------------------------------------------

	private TourWorkItem itemOf(Tour tour, UUID itemId) {
		return this.items.findById(itemId)
			.filter((item) -> item.tourId().equals(tour.id()))
			.orElseThrow(() -> new NotFoundException("tour.work.notFound", "No such item on this tour"));
	}

	private static void requireRunning(Tour tour) {
		if (!RUNNING.contains(tour.state())) {
			throw new BusinessRuleViolation("tour.work.notRunning",
					"Resources and obstacles are kept while the tour runs; this one is %s"
						.formatted(tour.state().label()),
					tour.state().label());
		}
	}

	/** The owner by employee id if given, else by id; someone of the organisation who has not left. */
	private UUID owner(WorkItemDraft draft) {
		PersonView person;
		if (draft.ownerEmployeeId() != null && !draft.ownerEmployeeId().isBlank()) {
			person = this.people.findByEmployeeId(draft.ownerEmployeeId().strip())
				.orElseThrow(() -> new InvalidInput("ownerEmployeeId", "tour.work.unknownOwner",
						"Nobody has this employee id"));
		}
		else if (draft.ownerId() != null) {
			person = this.people.find(PersonId.ofNullable(draft.ownerId()))
				.orElseThrow(() -> new InvalidInput("ownerId", "tour.work.unknownPerson", "No such person"));
		}
		else {
			throw new InvalidInput("ownerId", "tour.field.required", "Required");
		}
		if (person.status() == PersonStatus.LEFT) {
			throw new InvalidInput((draft.ownerEmployeeId() != null && !draft.ownerEmployeeId().isBlank())
					? "ownerEmployeeId" : "ownerId", "tour.work.ownerLeft", "%s has left the organisation"
						.formatted(person.fullName()), person.fullName());
		}
		return person.id();
	}

	private WorkItemView view(TourWorkItem item, Tour tour, Map<UUID, PersonSummary> names) {
		LocalDate today = this.tourService.today();
		return new WorkItemView(item.id(), item.tourId(), item.kind(), item.title(), item.reason(), item.impact(),
				item.ownerId(), name(names, item.ownerId()), item.dueOn(), item.status(), item.statusNote(),
				item.overdue(today), item.escalatedAt(),
				by(names, item.createdByPersonId(), item.createdByName()), item.createdAt(),
				by(names, item.updatedByPersonId(), item.updatedByName()), item.updatedAt(), item.version(), RUNNING.contains(tour.state()) && !item.status().closed());
	}

	private Map<UUID, PersonSummary> names(Collection<UUID> ids) {
		return this.people.summaries(new HashSet<>(ids));
	}

	/** The owners and writers of the items: one statement. */
	private Map<UUID, PersonSummary> peopleOf(List<TourWorkItem> shown) {
		Set<UUID> ids = new HashSet<>();
		shown.forEach((item) -> {
			ids.add(item.ownerId());
			ids.add(item.createdByPersonId());
			ids.add(item.updatedByPersonId());
		});
		ids.remove(null);
		return this.people.summaries(ids);
	}

	/** Who wrote an item: the person's name as it is now, or the account's for one that is no person. */
	private String by(Map<UUID, PersonSummary> names, UUID personId, String accountName) {
		return this.people.namesOf(names).of(personId, accountName);
	}

	private static String name(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary person = names.get(id);
		return (person != null) ? person.fullName() : "?";
	}

}
