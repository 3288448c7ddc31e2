package io.cocareer.tour.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.Participation;
import io.cocareer.tour.TourNotFoundException;
import io.cocareer.tour.TourNotices;
import io.cocareer.tour.TourPackages;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourType;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.internal.TourStateChange;
import io.cocareer.tour.internal.TourStateChangeRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tour's lifecycle: proposing it, changing its plan while it is shaped, and the moves made by
 * hand or by its start date. Rules, for the UI and the API alike:
 * <ul>
 * <li>the talent lead or the talent's manager proposes a tour, usually from an open work package;</li>
 * <li>a talent's committed tours never take more than 100 % of their week on any day
 * ({@link TourService#requireCapacity});</li>
 * <li>moves made by hand are the conversation's start, the closing review's start and ending
 * early; signing and the closing review make the others (see {@link TourState}). Every move is
 * kept and published by {@link TourService#recordMove}, the one place all of them pass.</li>
 * </ul>
 */
@Service
@Transactional
public class TourLifecycleService {

	/** Who moves a tour when its date comes: no one in person. */
	private static final Actor SCHEDULE = new Actor(null, "system", null, "CoCareer (start date)", Set.of());

	private final TourService tourService;

	private final TourRepository tours;

	private final TourStateChangeRepository history;

	private final TourPackages packages;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final TourNotices notices;

	private final Clock clock;

	private final TourGuard guard;

	// public for the demo, which builds the services on the clock of its story
	public TourLifecycleService(TourService tourService, TourRepository tours, TourStateChangeRepository history,
			TourPackages packages, PeopleDirectory people, ApplicationEventPublisher events, TourNotices notices,
			Clock clock, TourGuard guard) {
		this.tourService = tourService;
		this.tours = tours;
		this.history = history;
		this.packages = packages;
		this.people = people;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
		this.guard = guard;
	}

	// ---- reads -------------------------------------------------------------------------------

	/** Whether the actor may propose a tour for anyone at all: the talent lead, or a manager with reports. */
	@Transactional(readOnly = true)
	public boolean mayProposeAny(Actor actor) {
		return actor.isTalentLead()
				|| (actor.personId() != null && !this.people.directReports(actor.personId()).isEmpty());
	}

	/** Whether the proposal form picks the talent by name over the whole directory ({@code TourGuard}). */
	public boolean mayProposeForAnyone(Actor actor) {
		return this.guard.mayProposeForAnyone(actor);
	}

	/** Someone a tour may be proposed for, as the proposal form lists them. */
	public record TalentChoice(UUID personId, String name, String title, String unitName) {

	}

	/**
	 * The actor's direct reports (still with the organisation), whom a manager proposes tours
	 * for. The talent lead may propose for anyone, and finds them by name with the person picker
	 * over the directory rather than in a list; the API takes any id.
	 */
	@Transactional(readOnly = true)
	public List<TalentChoice> proposableTalents(Actor actor) {
		Map<UUID, TalentChoice> choices = new java.util.LinkedHashMap<>();
		if (actor.personId() != null) {
			this.people.directReports(actor.personId())
				.stream()
				.filter((person) -> person.status() != PersonStatus.LEFT)
				.forEach((person) -> choices.put(person.id(),
						new TalentChoice(person.id(), person.fullName(), person.title(), person.unitName())));
		}
		List<TalentChoice> sorted = new ArrayList<>(choices.values());
		sorted.sort(java.util.Comparator.comparing(TalentChoice::name, String.CASE_INSENSITIVE_ORDER));
		return sorted;
	}

	// ---- writes ------------------------------------------------------------------------------

	public UUID propose(Actor actor, TourPlan plan) {
		if (plan.talentId() == null) {
			throw new InvalidInput("talentId", "tour.field.required", "Required");
		}
		PersonView talent = this.people.find(PersonId.ofNullable(plan.talentId()))
			.orElseThrow(() -> new InvalidInput("talentId", "tour.unknownTalent", "Choose a person of the organisation"));
		if (!this.tourService.mayPropose(actor, talent.id())) {
			throw new PermissionDenied("tour.denied.propose",
					"Only the talent lead and the person's manager propose a tour");
		}
		if (talent.status() == PersonStatus.LEFT) {
			throw new InvalidInput("talentId", "tour.talentLeft", "%s has left the organisation"
				.formatted(talent.fullName()), talent.fullName());
		}
		if (talent.managerId() == null) {
			throw new BusinessRuleViolation("tour.noManager",
					"%s has no manager to sign the agreement with".formatted(talent.fullName()), talent.fullName());
		}
		TourPackages.TourPackage pkg = null;
		if (plan.workPackageId() != null) {
			pkg = this.packages.proposedFrom(actor, plan.workPackageId());
			if (!pkg.open()) {
				throw new BusinessRuleViolation("tour.packageNotOpen",
						"Tours are made of open work packages; this one is %s".formatted(pkg.status()));
			}
		}
		Tour.Terms terms = new Tour.Terms(
				(plan.startOn() != null || pkg == null) ? plan.startOn() : pkg.startOn(),
				(plan.endOn() != null || pkg == null) ? plan.endOn() : pkg.endOn(),
				(plan.timeShare() != null || pkg == null) ? plan.timeShare() : Integer.valueOf(pkg.timeShare()),
				plan.checkInCadenceDays());
		String title = (plan.title() != null && !plan.title().isBlank()) || pkg == null ? plan.title() : pkg.title();
		TourType type = (plan.tourType() != null || pkg == null) ? plan.tourType() : pkg.tourType();
		Instant now = this.clock.instant();
		Tour tour = Tour.propose(talent.id(), talent.managerId(), (pkg != null) ? pkg.id() : null, title, type, terms,
				AccountId.valueOf(actor.accountId()), ActedBy.of(actor), now);
		this.tourService.requireCapacity(tour.id(), talent, terms.startOn(), terms.endOn(), terms.timeShare());
		// written before its first state change: the change refers to it by id only, so Hibernate's
		// insert ordering does not know to put the tour first (the demo's long transaction met this)
		this.tours.saveAndFlush(tour);
		this.history.save(TourStateChange.of(tour.id(), null, TourState.DRAFT, null, ActedBy.of(actor), now));
		this.events.publishEvent(AuditEvent.career("tour.proposed", "tour", tour.id(), AuditEvent.text(tour.title()),
				AuditEvent.person(PersonId.of(talent.id()))));
		this.notices.proposed(tour, actor);
		return tour.id();
	}

	/** Changes title, dates, share and cadence while the tour is still being shaped. */
	public void revisePlan(Actor actor, UUID id, TourPlan plan, long expectedVersion) {
		Tour tour = this.guard.participantTour(actor, id);
		requireVersion(tour, expectedVersion);
		if (!this.guard.mayEditPlan(tour, this.guard.participation(actor, tour).orElseThrow())) {
			throw new BusinessRuleViolation("tour.planFixed",
					"Dates and share are set by the agreement once it goes out for signature");
		}
		Tour.Terms terms = new Tour.Terms(plan.startOn(), plan.endOn(), plan.timeShare(), plan.checkInCadenceDays());
		tour.rename(plan.title(), this.clock.instant());
		tour.applyTerms(terms, this.clock.instant());
		this.tourService.requireCapacity(tour.id(), this.people.get(PersonId.ofNullable(tour.talentId())), terms.startOn(), terms.endOn(),
				terms.timeShare());
		this.tours.flush();
		this.events.publishEvent(AuditEvent.career("tour.planRevised", "tour", id, AuditEvent.text(tour.title())));
	}

	/**
	 * A lifecycle move made by hand: starting the conversation, starting the closing review, or
	 * ending early (with a reason). The others are not for hands: they happen when both sign and
	 * when the closing review is recorded, and asking for them is refused with that explanation.
	 */
	public void move(Actor actor, UUID id, TourState target, String reason, Long expectedVersion) {
		Tour tour = this.guard.participantTour(actor, id);
		if (expectedVersion != null) {
			requireVersion(tour, expectedVersion);
		}
		if (target == null) {
			throw new InvalidInput("state", "tour.field.required", "Required");
		}
		if (!target.byHand()) {
			throw new BusinessRuleViolation("tour.moveNotByHand",
					"A tour becomes %s by its agreement or closing review, not by hand".formatted(target.label()),
					target.label());
		}
		Participation viewer = this.guard.participation(actor, tour).orElseThrow();
		if (!this.guard.mayMoveByHand(viewer, target)) {
			throw new PermissionDenied("tour.denied.closingReview",
					"The manager or the talent lead starts the closing review");
		}
		Instant now = this.clock.instant();
		LocalDate today = this.tourService.today();
		TourState from = switch (target) {
			case IN_CONVERSATION -> tour.startConversation(now);
			case IN_CLOSING_REVIEW -> tour.startClosingReview(reason, today, now);
			default -> tour.endEarly(reason, today, now);
		};
		String kept = switch (target) {
			case ENDED_EARLY -> tour.endedReason();
			case IN_CLOSING_REVIEW -> tour.earlyEndReason();
			default -> null;
		};
		this.tourService.recordMove(tour, from, kept, actor);
	}

	/**
	 * Starts the signed tours whose start date has come (the daily job, and once at start-up).
	 * Each tour then moves in its own transaction (see {@link #begin}), so one that another
	 * instance started meanwhile costs only itself.
	 */
	@Transactional(readOnly = true)
	public List<UUID> signedToursDue(LocalDate today) {
		return this.tours.findByStateInOrderByEndOnAsc(EnumSet.of(TourState.SIGNED))
			.stream()
			.filter((tour) -> tour.dueToBegin(today))
			.map(Tour::id)
			.toList();
	}

	/** A signed tour whose start date has come becomes active; one already started is left alone. */
	public boolean begin(UUID id, LocalDate today) {
		Tour tour = this.tours.findById(id).orElseThrow(() -> new TourNotFoundException(id));
		if (!tour.dueToBegin(today)) {
			return false;
		}
		TourState from = tour.begin(today, this.clock.instant());
		this.tourService.recordMove(tour, from, null, SCHEDULE);
		return true;
	}

	// ---- internals ---------------------------------------------------------------------------

	private static void requireVersion(Tour tour, long expectedVersion) {
		if (tour.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Tour %s changed in the meantime".formatted(tour.id()));
		}
	}

}
