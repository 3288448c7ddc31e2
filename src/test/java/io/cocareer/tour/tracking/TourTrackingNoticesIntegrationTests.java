package io.cocareer.tour.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Notice;
import io.cocareer.shared.Role;
import io.cocareer.shared.TourId;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourActivation;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.tracking.CoachingService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily reminders and the coaching request tell the right people, once. */
@IntegrationTest
@RecordApplicationEvents
class TourTrackingNoticesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Autowired
	CheckInService checkIns;

	@Autowired
	CoachingService coaching;

	@Autowired
	ApplicationEvents events;

	@Test
	void aDueCheckInIsRemindedToTalentAndManagerOncePerDueDate() {
		TourTeam team = team();
		UUID id = runningTour(team);
		LocalDate start = this.tourRepository.findById(id).orElseThrow().startOn();
		Set<UUID> both = Set.of(team.talent().personId(), team.manager().personId());

		this.checkIns.remindDueCheckIns(start.plusDays(13));
		assertThat(notices("tour.checkInDue", id)).isEmpty();

		this.checkIns.remindDueCheckIns(start.plusDays(15));
		this.checkIns.remindDueCheckIns(start.plusDays(16));

		List<Notice> due = notices("tour.checkInDue", id);
		assertThat(due).hasSize(1);
		assertThat(due.get(0).personIds()).isEqualTo(both);
		assertThat(due.get(0).dedupKey()).isEqualTo("checkin-due:" + id + ":" + start.plusDays(14));
		assertThat(due.get(0).link()).isEqualTo("/tours/" + id + "/check-ins");
		assertThat(due.get(0).messageCode()).isEqualTo("notice.tour.checkInDue");

		// the next due date gets its own reminder, even while the first is still overdue
		this.checkIns.remindDueCheckIns(start.plusDays(28));
		assertThat(notices("tour.checkInDue", id)).hasSize(2);
		assertThat(notices("tour.checkInDue", id).get(1).dedupKey()).endsWith(":" + start.plusDays(28));
	}

	@Test
	void aTourEndingSoonIsAnnouncedOnceToTalentManagerAndLead() {
		TourTeam team = team();
		UUID id = runningTour(team);
		LocalDate end = this.tourRepository.findById(id).orElseThrow().endOn();

		this.checkIns.remindDueCheckIns(end.minusDays(31));
		assertThat(notices("tour.ending", id)).isEmpty();

		this.checkIns.remindDueCheckIns(end.minusDays(30));
		this.checkIns.remindDueCheckIns(end.minusDays(20));

		List<Notice> ending = notices("tour.ending", id);
		assertThat(ending).hasSize(1);
		assertThat(ending.get(0).personIds()).containsExactlyInAnyOrder(team.talent().personId(),
				team.manager().personId());
		assertThat(ending.get(0).roles()).containsExactly(Role.TALENT_LEAD);
		assertThat(ending.get(0).dedupKey()).isEqualTo("tour-ending:" + id);
	}

	@Test
	void askingForCoachingTellsTheManager() {
		TourTeam team = team();
		UUID id = runningTour(team);

		this.coaching.askForCoaching(TourActivation.actorOf(this.accounts, team.talent().username()), TourId.of(id),
				"Public speaking", null);

		List<Notice> asked = this.events.stream(Notice.class)
			.filter((n) -> n.kind().equals("tour.coachingRequested"))
			.filter((n) -> n.link().equals("/tours/" + id + "/check-ins"))
			.toList();
		assertThat(asked).hasSize(1);
		assertThat(asked.get(0).personIds()).containsExactly(team.manager().personId());
		assertThat(asked.get(0).arguments()).containsExactly(team.talent().name(), "Public speaking");
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	/** A running tour of the team's, moved there by its manager. */
	private UUID runningTour(TourTeam team) {
		UUID id = TrackingFixtures.tourFor(team);
		TourActivation.activate(this.transactions, this.tourRepository, this.tours,
				TourActivation.actorOf(this.accounts, team.manager().username()), id);
		return id;
	}

	private List<Notice> notices(String kind, UUID tourId) {
		return this.events.stream(Notice.class)
			.filter((n) -> n.kind().equals(kind))
			.filter((n) -> n.dedupKey() != null && n.dedupKey().contains(tourId.toString()))
			.toList();
	}

}
