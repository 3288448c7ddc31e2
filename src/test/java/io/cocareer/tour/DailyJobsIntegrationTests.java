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
		LocalDate start = TourFixtures.freshWindow();
		UUID failing = AgreementFixtures.proposeForTara(this.port, start, start.plusMonths(6));
		UUID other = AgreementFixtures.proposeForTara(this.port, start, start.plusMonths(6));
		AgreementFixtures.signedByBoth(this.port, failing, 40);
		AgreementFixtures.signedByBoth(this.port, other, 40);
		failWhen((event) -> event instanceof AuditEvent audit && audit.subjectId().equals(failing.toString()));

		// (other tests' signed tours may be due too: the run's count is not this test's)
		this.startJob.startDue(start);
		assertThat(state(failing)).isEqualTo("SIGNED");
		assertThat(state(other)).isEqualTo("ACTIVE");

		heal();
		this.startJob.startDue(start);
		assertThat(state(failing)).isEqualTo("ACTIVE");
		assertThat(this.startJob.startDue(start)).as("nothing left to start").isZero();
		assertThat(this.events.stream(TourActivated.class).filter((begun) -> begun.tourId().equals(TourId.of(failing))))
			.as("the failed start published nothing; the retried one did, once")
			.singleElement()
			.satisfies((begun) -> assertThat(begun.talentId()).isEqualTo(PersonId.of(TourFixtures.personOf(this.port, "talent"))));
		assertThat(this.events.stream(TourActivated.class).filter((begun) -> begun.tourId().equals(TourId.of(other)))).hasSize(1);
	}

	@Test
	void anItemThatFailsToEscalateLeavesTheOthersEscalatedAndEscalatesOnTheNextRun() {
		UUID tourId = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours);
		UUID failing = overdueItem(tourId);
		UUID other = overdueItem(tourId);
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
		LocalDate start = TourFixtures.pastWindow();
		UUID failing = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours,
				start);
		UUID other = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours,
				start);
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
		UUID tourId = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository, this.tours);
		UUID item = overdueItem(tourId);
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

	private UUID overdueItem(UUID tourId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "RESOURCE");
		body.put("what", "A test environment");
		body.put("why", "To try the new flow with real data");
		body.put("ownerId", TourFixtures.personOf(this.port, "manager").toString());
		body.put("dueOn", LocalDate.now().plusDays(1).toString());
		ApiClient.Response created = ApiClient.as(this.port, "talent", "demo")
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

	private String state(UUID tourId) {
		return ApiClient.as(this.port, "talent", "demo").get("/api/v1/tours/" + tourId).json().path("state").asString();
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
