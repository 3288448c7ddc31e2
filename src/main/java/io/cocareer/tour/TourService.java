package io.cocareer.tour;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.Days;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;
import io.cocareer.talent.TalentProfiles;
import io.cocareer.talent.TalentProfileView;
import io.cocareer.tour.internal.TimeShareLoad;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.internal.TourStateChange;
import io.cocareer.tour.internal.TourStateChangeRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tours of duty as every part of the tour module reads them, and what all of their moves share.
 * Rules, for the UI and the API alike:
 * <ul>
 * <li>the talent, their manager on the tour and the talent lead see a tour; for anyone else it
 * does not exist (404);</li>
 * <li>a talent's committed tours never take more than 100 % of their week on any day
 * ({@link #requireCapacity});</li>
 * <li>every move of the lifecycle is kept with who made it and when ({@link #recordMove}). Moves
 * made by hand, proposing and the plan are {@code tour.lifecycle}'s; signing and the closing
 * review make the others (see {@link TourState}).</li>
 * </ul>
 * The other tour services (lifecycle, mission, agreement, work items, tracking) reach a tour only
 * through {@link TourGuard} and record its moves only through {@link #recordMove} here.
 */
@Service
@Transactional
public class TourService {

	private final TourRepository tours;

	private final TourStateChangeRepository history;

	/** The catalogue, asked through the question this module declares (it may not use the nested module). */
	private final TourPackages packages;

	private final PeopleDirectory people;

	private final TalentProfiles talents;

	private final ApplicationEventPublisher events;

	private final TourNotices notices;

	private final Clock clock;

	private final TourGuard guard;

	// public for the demo, which builds the services on the clock of its story
	public TourService(TourRepository tours, TourStateChangeRepository history, TourPackages packages,
			PeopleDirectory people, TalentProfiles talents, ApplicationEventPublisher events, TourNotices notices,
			Clock clock, TourGuard guard) {
		this.guard = guard;
		this.tours = tours;
		this.history = history;
		this.packages = packages;
		this.people = people;
		this.talents = talents;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
	}

	// ---- reads -------------------------------------------------------------------------------

	/** The tours the actor sees: all of them for the talent lead, their own (as talent or manager) for others. */
	@Transactional(readOnly = true)
	public List<TourSummary> visibleTours(Actor actor, TourState state) {
		List<Tour> found;
		if (actor.isTalentLead()) {
			found = this.tours.findAllByOrderByStartOnDescIdAsc();
		}
		else if (actor.personId() != null) {
			found = this.tours.involving(PersonId.valueOf(actor.personId()));
		}
		else {
			found = List.of();
		}
		return summaries(found.stream().filter((tour) -> state == null || tour.state() == state).toList());
	}

	@Transactional(readOnly = true)
	public TourView get(Actor actor, UUID id) {
		Tour tour = this.guard.participantTour(actor, id);
		return view(tour, this.guard.participation(actor, tour).orElseThrow());
	}

	/**
	 * The talent's profile to keep beside the screens that shape the tour; empty when there is no
	 * profile yet, or the reader may not see it (a manager who no longer manages the talent).
	 */
	@Transactional(readOnly = true)
	public Optional<TalentProfileView> talentProfile(Actor actor, UUID tourId) {
		Tour tour = this.guard.participantTour(actor, tourId);
		return profileOf(actor, tour.talentId());
	}

	/** A talent's profile for someone shaping a tour for them, if they may see it. */
	@Transactional(readOnly = true)
	public Optional<TalentProfileView> profileOf(Actor actor, UUID talentId) {
		return this.talents.findProfile(actor, PersonId.ofNullable(talentId));
	}

	/** The tours list's heading: all tours ({@code TourGuard}), for the page's {@code maySeeAllTours}. */
	public boolean maySeeAllTours(Actor actor) {
		return this.guard.seesAllTours(actor);
	}

	/** The tours list's heading: the team's tours, for the page's {@code maySeeTeamTours}. */
	public boolean maySeeTeamTours(Actor actor) {
		return this.guard.seesTeamTours(actor);
	}

	/** Whether the tours' navigation offers the overview of all tours ({@code maySeeToursOverview}). */
	public boolean maySeeOverview(Actor actor) {
		return this.guard.seesOverview(actor);
	}

	/** Whether the actor may propose a tour for this person: the talent lead, or the person's manager. */
	@Transactional(readOnly = true)
	public boolean mayPropose(Actor actor, UUID talentId) {
		return actor.isTalentLead() || (actor.personId() != null && talentId != null
				&& this.people.isManagerOf(actor.personId(), PersonId.ofNullable(talentId)));
	}

	/**
	 * Those of the given people the actor may propose a tour for, with one read at most: all of
	 * them for the talent lead, their direct reports for anyone else.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> proposableAmong(Actor actor, Collection<UUID> personIds) {
		if (actor.isTalentLead()) {
			return Set.copyOf(personIds);
		}
		if (actor.personId() == null || personIds.isEmpty()) {
			return Set.of();
		}
		Set<UUID> reports = new HashSet<>();
		this.people.directReports(actor.personId()).forEach((person) -> reports.add(person.id()));
		reports.retainAll(personIds);
		return reports;
	}

	/**
	 * The peak share of the person's week that committed tours take between the two days, in
	 * percent: what matching calls availability.
	 */
	@Transactional(readOnly = true)
	public int committedShare(UUID personId, LocalDate from, LocalDate to) {
		return TimeShareLoad.peak(commitments(personId, null), from, to);
	}

	// ---- for the other tour services ---------------------------------------------------------

	/**
	 * Keeps a lifecycle move in the tour's history and the audit log, and publishes
	 * {@link TourActivated} and {@link TourCompleted}; call after moving the tour.
	 */
	public void recordMove(Tour tour, TourState from, String reason, Actor actor) {
		Instant now = this.clock.instant();
		this.tours.flush();
		this.history.save(TourStateChange.of(tour.id(), from, tour.state(), reason, ActedBy.of(actor), now));
		this.events.publishEvent(AuditEvent.career("tour.stateChanged", "tour", tour.id(), AuditEvent.text(tour.title()),
				AuditEvent.term("audit.tourState." + tour.state())));
		this.notices.moved(tour, from, actor);
		if (tour.state() == TourState.ACTIVE) {
			this.events.publishEvent(new TourActivated(TourId.of(tour.id()), PersonId.of(tour.talentId()), tour.workPackageId(), today()));
		}
		else if (tour.state() == TourState.COMPLETED) {
			this.events.publishEvent(new TourCompleted(TourId.of(tour.id()), PersonId.of(tour.talentId()), today()));
		}
		if ((tour.state() == TourState.ACTIVE || tour.state() == TourState.SIGNED) && tour.workPackageId() != null) {
			this.packages.seatTaken(tour.workPackageId(), actor);
		}
	}

	/**
	 * Refuses a commitment that would take the talent past 100 % of their week on some day, naming
	 * the days, the total and the tours it adds up from.
	 * @param tourId the tour being committed (left out of the others)
	 */
	public void requireCapacity(UUID tourId, PersonView talent, LocalDate startOn, LocalDate endOn, int timeShare) {
		TimeShareLoad.check(commitments(talent.id(), tourId), startOn, endOn, timeShare).ifPresent((overload) -> {
			String others = overload.others()
				.stream()
				.map((other) -> "%s (%d %%)".formatted(other.title(), other.timeShare()))
				.collect(Collectors.joining(", "));
			throw new InvalidInput("timeShare", "tour.overcommitted",
					"From %s to %s %s would be committed %d %%: %d %% here and %s".formatted(
							Days.format(overload.from()), Days.format(overload.to()), talent.fullName(), overload.total(),
							timeShare, others),
					Days.format(overload.from()), Days.format(overload.to()), talent.fullName(), overload.total(),
					timeShare, others);
		});
	}

	/** Today on the tour's clock, for the parts of the tour module. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The sponsor of the tour's work package, if it was made of one. */
	public Optional<UUID> sponsorOf(Tour tour) {
		return Optional.ofNullable(tour.workPackageId())
			.flatMap(this.packages::find)
			.map(TourPackages.TourPackage::sponsorId);
	}

	// ---- internals ---------------------------------------------------------------------------

	private List<TimeShareLoad.Commitment> commitments(UUID talentId, UUID leaving) {
		return this.tours.findByTalentIdAndStateIn(talentId, TourState.committing())
			.stream()
			.filter((tour) -> !tour.id().equals(leaving))
			.map(Tour::commitment)
			.toList();
	}

	private TourView view(Tour tour, Participation viewer) {
		Set<UUID> ids = new HashSet<>(List.of(tour.talentId(), tour.managerId()));
		TourPackages.TourPackage pkg = (tour.workPackageId() != null)
				? this.packages.find(tour.workPackageId()).orElse(null) : null;
		if (pkg != null) {
			ids.add(pkg.sponsorId());
		}
		// the tour's people and who proposed and moved it: one statement
		List<TourStateChange> history = this.history.findByTourIdOrderByChangedAtAsc(tour.id());
		history.forEach((change) -> ids.add(change.changedByPersonId()));
		ids.add(tour.createdByPersonId());
		ids.remove(null);
		Map<UUID, PersonSummary> names = this.people.summaries(ids);
		PersonNames by = this.people.namesOf(names);
		List<TourView.StateChangeView> changes = history.stream()
			.map((change) -> new TourView.StateChangeView(change.fromState(), change.toState(), change.reason(),
					by.of(change.changedByPersonId(), change.changedBy()), change.changedAt()))
			.toList();
		Set<TourState> moves = EnumSet.noneOf(TourState.class);
		for (TourState target : tour.state().next()) {
			if (this.guard.mayMoveByHand(viewer, target)) {
				moves.add(target);
			}
		}
		return new TourView(tour.id(), tour.title(), tour.tourType(), tour.state(), ref(names, tour.talentId()),
				ref(names, tour.managerId()), tour.workPackageId(), (pkg != null) ? pkg.title() : null,
				(pkg != null) ? ref(names, pkg.sponsorId()) : null, tour.startOn(), tour.endOn(), tour.timeShare(),
				tour.checkInCadenceDays(), tour.nextConversationOn(), tour.endedReason(), tour.endedOn(),
				tour.closingStartedOn(), tour.earlyEndReason(),
				moves.contains(TourState.IN_CLOSING_REVIEW) && tour.closingWouldBeEarly(today()),
				by.of(tour.createdByPersonId(), tour.createdByName()),
				tour.createdAt(), tour.version(), changes, viewer, moves, this.guard.mayEditPlan(tour, viewer));
	}

	/** The tours as lists show them, with their people's names in one read; for the parts of the tour module. */
	public List<TourSummary> summaries(Collection<Tour> found) {
		Set<UUID> ids = new HashSet<>();
		found.forEach((tour) -> {
			ids.add(tour.talentId());
			ids.add(tour.managerId());
		});
		Map<UUID, PersonSummary> names = this.people.summaries(ids);
		List<TourSummary> result = new ArrayList<>();
		for (Tour tour : found) {
			result.add(new TourSummary(tour.id(), tour.title(), tour.tourType(), tour.state(), tour.talentId(),
					name(names, tour.talentId()), tour.managerId(), name(names, tour.managerId()), tour.startOn(),
					tour.endOn(), tour.timeShare(), tour.nextConversationOn()));
		}
		return result;
	}

	private static TourView.PersonRef ref(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary person = names.get(id);
		return (person != null) ? new TourView.PersonRef(id, person.fullName(), person.title(), person.unitName())
				: new TourView.PersonRef(id, "?", null, null);
	}

	private static String name(Map<UUID, PersonSummary> names, UUID id) {
		PersonSummary person = names.get(id);
		return (person != null) ? person.fullName() : "?";
	}

}
