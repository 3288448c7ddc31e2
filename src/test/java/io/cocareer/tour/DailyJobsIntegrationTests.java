package io.cocareer.tour;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.lifecycle.TourStartJob;
import io.cocareer.tour.support.TourWorkEscalationJob;
import io.cocareer.tour.support.TourWorkService;
import io.cocareer.tour.tracking.CheckInService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily jobs work one tour (or item) per transaction: one that fails is left for the next
 * run and the others are done. And a job whose scheduler lock another instance holds does not run.
 */
@IntegrationTest
@RecordApplicationEvents
class DailyJobsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Autowired
	TourStartJob startJob;

	@Autowired
	TourWorkService work;

	@Autowired
	TourWorkEscalationJob escalationJob;

	@Autowired
	CheckInService checkIns;

	@Autowired
	LockProvider locks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private ApplicationListener<ApplicationEvent> failure;

	@AfterEach
	void healed() {
		heal();
	}

	@Test
	void aTourThatFailsToStartLeavesTheOthersStartedAndStartsOnTheNextRun() {
		TourTeam team = team();
		// signed before their start, two tours begin tomorrow, when the job runs
		LocalDate start = LocalDate.now().plusDays(1);
		UUID failing = TourFixtures.proposeTour(team, start, start.plusMonths(6));
		UUID other = TourFixtures.proposeTour(team, start, start.plusMonths(6));
		AgreementFixtures.signedByBoth(team, failing, 40);
		AgreementFixtures.signedByBoth(team, other, 40);
		assertThat(state(team, failing)).isEqualTo("SIGNED");
		assertThat(state(team, other)).isEqualTo("SIGNED");
		failWhen((event) -> event instanceof AuditEvent audit && audit.subjectId().equals(failing.toString()));

		// the run starts every signed tour due by then: what it did is read off this test's two tours
		this.startJob.startDue(start);
		assertThat(state(team, failing)).isEqualTo("SIGNED");
		assertThat(state(team, other)).isEqualTo("ACTIVE");

		heal();
		this.startJob.startDue(start);
		assertThat(state(team, failing)).isEqualTo("ACTIVE");
		assertThat(this.startJob.startDue(start)).as("nothing left to start").isZero();
		assertThat(this.events.stream(TourActivated.class).filter((begun) -> begun.tourId().equals(TourId.of(failing))))
			.as("the failed start published nothing; the retried one did, once")
			.singleElement()
			.satisfies((begun) -> assertThat(begun.talentId()).isEqualTo(PersonId.of(team.talent().personId())));
		assertThat(this.events.stream(TourActivated.class).filter((begun) -> begun.tourId().equals(TourId.of(other)))).hasSize(1);
	}

	@Test
	void anItemThatFailsToEscalateLeavesTheOthersEscalatedAndEscalatesOnTheNextRun() {
		TourTeam team = team();
		UUID tourId = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		UUID failing = overdueItem(team, tourId);
		UUID other = overdueItem(team, tourId);
		failWhen((event) -> event instanceof Notice notice && ("work-overdue:" + failing).equals(notice.dedupKey()));

		this.work.escalateOverdue(LocalDate.now());
		assertThat(escalated(failing)).isFalse();
		assertThat(escalated(other)).isTrue();

		heal();
		this.events.clear();
		this.work.escalateOverdue(LocalDate.now());
		assertThat(escalated(failing)).isTrue();
		assertThat(this.events.stream(Notice.class).map(Notice::dedupKey)).contains("work-overdue:" + failing)
			.doesNotContain("work-overdue:" + other);
	}

	@Test
	void aTourWhoseReminderFailsLeavesTheOthersRemindedAndIsRemindedOnTheNextRun() {
		TourTeam team = team();
		LocalDate start = TourFixtures.PAST_START;
		UUID failing = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours, start);
		UUID other = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours, start);
		failWhen((event) -> event instanceof Notice notice
				&& String.valueOf(notice.dedupKey()).startsWith("checkin-due:" + failing));

		this.events.clear();
		this.checkIns.remindDueCheckIns(start.plusDays(15));
		// the failing tour's notice was published, then rolled back with the mark that it was sent
		assertThat(remindersSent(failing)).isZero();
		assertThat(remindersSent(other)).isOne();
		assertThat(checkInDue(other)).hasSize(1);

		heal();
		this.events.clear();
		this.checkIns.remindDueCheckIns(start.plusDays(16));
		assertThat(checkInDue(failing)).hasSize(1);
		assertThat(remindersSent(failing)).isOne();
		assertThat(checkInDue(other)).isEmpty();
	}

	@Test
	void aJobWhoseLockIsHeldElsewhereDoesNotRunAndRunsOnceItIsFree() {
		TourTeam team = team();
		UUID tourId = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tours);
		UUID item = overdueItem(team, tourId);
		// another instance runs the escalation: it holds the job's lock in the shared table
		SimpleLock elsewhere = this.locks
			.lock(new LockConfiguration(Instant.now(), "tour-work-escalation", Duration.ofMinutes(5), Duration.ZERO))
			.orElseThrow();

		this.escalationJob.escalateOverdue();
		assertThat(escalated(item)).isFalse();

		elsewhere.unlock();
		this.escalationJob.escalateOverdue();
		assertThat(escalated(item)).isTrue();
	}

	/** A listener that throws while the job handles what the test names, so that its transaction rolls back. */
	private void failWhen(Predicate<Object> what) {
		this.failure = (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload && what.test(payload.getPayload())) {
				throw new IllegalStateException("Failing on purpose: " + payload.getPayload());
			}
		};
		this.context.addApplicationListener(this.failure);
	}

	private void heal() {
		if (this.failure != null) {
			this.context.removeApplicationListener(this.failure);
			this.failure = null;
		}
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	/** The team's talent asks its manager for a resource on the tour, and its date is made two days past. */
	private UUID overdueItem(TourTeam team, UUID tourId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "RESOURCE");
		body.put("what", "A test environment");
		body.put("why", "To try the new flow with real data");
		body.put("ownerId", team.manager().personId().toString());
		body.put("dueOn", LocalDate.now().plusDays(1).toString());
		ApiClient.Response created = team.talentApi()
			.post("/api/v1/tours/" + tourId + "/work", TourFixtures.json(body));
		UUID id = UUID.fromString(created.json().path("id").asString());
		this.jdbc.sql("update tour_work_item set due_on = :due where id = :id")
			.param("due", LocalDate.now().minusDays(2))
			.param("id", id)
			.update();
		return id;
	}

	private boolean escalated(UUID itemId) {
		return this.jdbc.sql("select escalated_at is not null from tour_work_item where id = :id")
			.param("id", itemId)
			.query(Boolean.class)
			.single();
	}

	private String state(TourTeam team, UUID tourId) {
		return team.talentApi().get("/api/v1/tours/" + tourId).json().path("state").asString();
	}

	private List<Notice> checkInDue(UUID tourId) {
		return this.events.stream(Notice.class)
			.filter((notice) -> String.valueOf(notice.dedupKey()).startsWith("checkin-due:" + tourId))
			.toList();
	}

	private int remindersSent(UUID tourId) {
		return this.jdbc.sql("select count(*) from tour_tracking_reminder where tour_id = :id")
			.param("id", tourId)
			.query(Integer.class)
			.single();
	}

}
