package io.cocareer.tour.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourSummary;
import io.cocareer.tour.agreement.AgreementService;
import io.cocareer.tour.agreement.MissionService;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.support.TourWorkService;
import io.cocareer.tour.tracking.CheckInService;
import io.cocareer.tour.tracking.WinService;
import io.cocareer.tour.tracking.WinView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the homes and a talent's profile show of tours. Rules:
 * <ul>
 * <li>a talent's tours, current and past, with their wins, show only the tours the reader takes
 * part in (the talent, the manager on the tour, the talent lead) and the wins the reader may see;
 * anyone else gets none;</li>
 * <li>the manager is waited for on the tours they manage: to sign, to read a mission revision the
 * other side saved, for a check-in due within a week, open obstacles, a closing review;</li>
 * <li>the talent lead is waited for on proposals, escalated obstacles, tours at risk and tours
 * ending soon.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class TourHomeService {

	/** How far ahead a check-in counts as due on the manager's home. */
	static final int CHECK_IN_DUE_WITHIN_DAYS = 7;

	private static final Set<TourState> UNDER_WAY = EnumSet.of(TourState.DRAFT, TourState.IN_CONVERSATION,
			TourState.AWAITING_SIGNATURES, TourState.ACTIVE, TourState.IN_CLOSING_REVIEW);

	private final TourService tours;

	private final TourRepository tourRepository;

	private final AgreementService agreements;

	private final MissionService missions;

	private final CheckInService checkIns;

	private final TourWorkService work;

	private final WinService wins;

	private final int endingWithinDays;

	private final TourGuard guard;

	private final PeopleDirectory people;

	TourHomeService(TourService tours, TourRepository tourRepository, AgreementService agreements,
			MissionService missions, CheckInService checkIns, TourWorkService work, WinService wins,
			@Value("${cocareer.tour.ending-notice-days:30}") int endingWithinDays, TourGuard guard,
			PeopleDirectory people) {
		this.guard = guard;
		this.people = people;
		this.tours = tours;
		this.tourRepository = tourRepository;
		this.agreements = agreements;
		this.missions = missions;
		this.checkIns = checkIns;
		this.work = work;
		this.wins = wins;
		this.endingWithinDays = Math.max(0, endingWithinDays);
	}

	/** A tour with the wins its reader may see. */
	public record TourWithWins(TourSummary tour, List<WinView> wins) {

	}

	/** A talent's tours as the reader may see them: those under way, and those finished. */
	public record TalentTours(List<TourWithWins> current, List<TourWithWins> past) {

		public boolean isEmpty() {
			return this.current.isEmpty() && this.past.isEmpty();
		}

	}

	/** Why a tour waits for the reader. */
	public enum Waiting {

		TO_SIGN, MISSION_REVISED, CHECK_IN_DUE, OBSTACLES_OPEN, CLOSING_REVIEW, PROPOSAL, OBSTACLE_ESCALATED,
		AT_RISK, ENDING_SOON;

		public String messageKey() {
			return "tour.waiting." + name();
		}

		/** The tour page where the reader does what is waited for. */
		public String path() {
			return switch (this) {
				case TO_SIGN -> "/agreement";
				case MISSION_REVISED -> "/mission";
				case CHECK_IN_DUE, AT_RISK -> "/check-ins";
				case OBSTACLES_OPEN, OBSTACLE_ESCALATED -> "/work";
				case CLOSING_REVIEW, ENDING_SOON -> "/closing-review";
				case PROPOSAL -> "";
			};
		}

	}

	/**
	 * One thing a tour waits for.
	 * @param on the day it concerns (a check-in's due date, the end), if any
	 * @param count how many (open obstacles), 1 otherwise
	 * @param by who did what the reader is to follow up (the author of a mission revision), if any
	 */
	public record WaitingTour(UUID tourId, String title, String talentName, Waiting reason, LocalDate on, int count,
			String by) {

		public String href() {
			return "/tours/" + this.tourId + this.reason.path();
		}

	}

	/** The talent's tours the reader takes part in, newest first, with the wins the reader may see. */
	public TalentTours toursOf(Actor reader, UUID talentId) {
		List<Tour> found = this.tourRepository.findByTalentIdOrderByStartOnDescIdAsc(talentId)
			.stream()
			.filter((tour) -> this.guard.participation(reader, tour).isPresent())
			.toList();
		if (found.isEmpty()) {
			return new TalentTours(List.of(), List.of());
		}
		Map<UUID, List<WinView>> wins = this.wins.winsOf(reader, found);
		Map<UUID, TourSummary> summaries = new HashMap<>();
		this.tours.summaries(found).forEach((summary) -> summaries.put(summary.id(), summary));
		List<TourWithWins> current = new ArrayList<>();
		List<TourWithWins> past = new ArrayList<>();
		for (Tour tour : found) {
			TourWithWins row = new TourWithWins(summaries.get(tour.id()), wins.getOrDefault(tour.id(), List.of()));
			(tour.state().finished() ? past : current).add(row);
		}
		return new TalentTours(current, past);
	}

	/** What the tours the reader manages wait for them to do, most urgent kinds first. */
	public List<WaitingTour> waitingForManager(Actor manager) {
		if (manager.personId() == null) {
			return List.of();
		}
		List<Tour> managed = this.tourRepository.findByManagerIdAndStateInOrderByEndOnAsc(PersonId.valueOf(manager.personId()), UNDER_WAY);
		LocalDate today = this.tours.today();
		Map<UUID, String> names = talentNames(managed);
		List<Tour> active = managed.stream().filter((tour) -> tour.state() == TourState.ACTIVE).toList();
		List<UUID> running = active.stream().map(Tour::id).toList();
		Map<UUID, LocalDate> checkInsDue = this.checkIns.checkInsDueBy(active, today,
				today.plusDays(CHECK_IN_DUE_WITHIN_DAYS));
		Map<UUID, Integer> obstacles = new HashMap<>();
		if (!running.isEmpty()) {
			obstacles.putAll(this.work.openObstacles(running, false));
		}
		// what the tours in agreement wait for, for all of them at once
		Set<UUID> toSign = this.agreements.awaitingManagerSignature(idsIn(managed, TourState.AWAITING_SIGNATURES));
		Map<UUID, String> revisedBy = this.missions.latestRevisionAuthorsOtherThan(
				idsIn(managed, TourState.DRAFT, TourState.IN_CONVERSATION), manager.accountId());
		List<WaitingTour> waiting = new ArrayList<>();
		for (Tour tour : managed) {
			String talent = names.get(tour.id());
			switch (tour.state()) {
				case AWAITING_SIGNATURES -> {
					if (toSign.contains(tour.id())) {
						waiting.add(wait(tour, talent, Waiting.TO_SIGN, null, 1, null));
					}
				}
				case DRAFT, IN_CONVERSATION -> {
					String author = revisedBy.get(tour.id());
					if (author != null) {
						waiting.add(wait(tour, talent, Waiting.MISSION_REVISED, null, 1, author));
					}
				}
				case ACTIVE -> {
					LocalDate due = checkInsDue.get(tour.id());
					if (due != null) {
						waiting.add(wait(tour, talent, Waiting.CHECK_IN_DUE, due, 1, null));
					}
					int open = obstacles.getOrDefault(tour.id(), 0);
					if (open > 0) {
						waiting.add(wait(tour, talent, Waiting.OBSTACLES_OPEN, null, open, null));
					}
				}
				case IN_CLOSING_REVIEW -> waiting.add(wait(tour, talent, Waiting.CLOSING_REVIEW, tour.endOn(), 1, null));
				default -> {
					// finished tours wait for nobody
				}
			}
		}
		waiting.sort(Comparator.comparing(WaitingTour::reason));
		return waiting;
	}

	/** What waits for the talent lead across the programme: proposals, escalations, risks, ends. */
	public List<WaitingTour> waitingForLead(Actor lead) {
		if (!lead.isTalentLead()) {
			return List.of();
		}
		LocalDate today = this.tours.today();
		List<WaitingTour> waiting = new ArrayList<>();
		List<Tour> proposals = this.tourRepository.findByStateInOrderByEndOnAsc(EnumSet.of(TourState.DRAFT));
		Map<UUID, String> names = talentNames(proposals);
		PersonNames proposers = this.people.names(proposals.stream().map(Tour::createdByPersonId).toList());
		proposals.forEach((tour) -> waiting.add(wait(tour, names.get(tour.id()), Waiting.PROPOSAL, tour.startOn(), 1,
				proposers.of(PersonId.ofNullable(tour.createdByPersonId()), tour.createdByName()))));
		this.checkIns.atRiskTours(lead)
			.forEach((risk) -> waiting.add(new WaitingTour(TourId.valueOf(risk.tourId()), risk.title(), risk.talentName(),
					Waiting.AT_RISK, risk.overdue() ? risk.nextDue() : risk.lastCheckInOn(), 1, null)));
		List<Tour> running = this.tourRepository.findByStateInOrderByEndOnAsc(EnumSet.of(TourState.ACTIVE));
		Map<UUID, String> runningNames = talentNames(running);
		Map<UUID, Tour> runningById = new HashMap<>();
		running.forEach((tour) -> runningById.put(tour.id(), tour));
		Map<UUID, Integer> escalated = this.work.openObstacles(runningById.keySet(), true);
		escalated.forEach((tourId, count) -> waiting.add(wait(runningById.get(tourId), runningNames.get(tourId),
				Waiting.OBSTACLE_ESCALATED, null, count, null)));
		LocalDate horizon = today.plusDays(this.endingWithinDays);
		running.stream()
			.filter((tour) -> !tour.endOn().isBefore(today) && !tour.endOn().isAfter(horizon))
			.forEach((tour) -> waiting.add(wait(tour, runningNames.get(tour.id()), Waiting.ENDING_SOON, tour.endOn(),
					1, null)));
		waiting.sort(Comparator.comparing(WaitingTour::reason));
		return waiting;
	}

	private static List<UUID> idsIn(List<Tour> tours, TourState... states) {
		Set<TourState> wanted = Set.of(states);
		return tours.stream().filter((tour) -> wanted.contains(tour.state())).map(Tour::id).toList();
	}

	private static WaitingTour wait(Tour tour, String talent, Waiting reason, LocalDate on, int count, String by) {
		return new WaitingTour(tour.id(), tour.title(), talent, reason, on, count, by);
	}

	private Map<UUID, String> talentNames(List<Tour> found) {
		Map<UUID, String> names = new HashMap<>();
		this.tours.summaries(found).forEach((summary) -> names.put(summary.id(), summary.talentName()));
		return names;
	}

}
