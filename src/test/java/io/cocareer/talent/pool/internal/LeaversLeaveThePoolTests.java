package io.cocareer.talent.pool.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonLeft;
import io.cocareer.shared.EventResubmissionJob;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.internal.TalentGuard;
import io.cocareer.talent.internal.TalentReadModel;
import io.cocareer.talent.pool.DesignationTerms;
import io.cocareer.support.ModuleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

/**
 * The talent pool with the other parts of the talent module (people and the parent's shared beans
 * mocked): a {@link PersonLeft} ends the leaver's designation, and a reaction that failed stays in
 * the event publication registry until it is published again: by the registry, or by the job that
 * resubmits what is still owed (here as soon as it failed, not minutes later).
 */
@ApplicationModuleTest(module = "talent.pool", extraIncludes = { "talent.profile", "talent.competency" })
@ModuleTest
@TestPropertySource(properties = "cocareer.events.resubmit-older-than=PT0S")
class LeaversLeaveThePoolTests {

	private static final LocalDate LEFT_ON = LocalDate.of(2026, 3, 31);

	@MockitoBean
	PeopleDirectory people;

	// Spring Modulith 2.1 bootstraps a nested module without its parent (and including the parent scans
	// the nested modules' repositories twice): the parent's beans the pool's services need are mocked
	@MockitoBean
	TalentGuard guard;

	@MockitoBean
	TalentReadModel reads;

	@MockitoSpyBean
	TalentDesignationRepository designations;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventResubmissionJob resubmission;

	@Autowired
	LockProvider locks;

	@Test
	void aTalentWhoLeavesLeavesThePoolWithTheReasonSaid(Scenario scenario) {
		UUID person = designatedTalent();

		scenario.publish(new PersonLeft(PersonId.of(person), LEFT_ON))
			.andWaitForStateChange(() -> endReasonOf(person))
			.andVerify((reason) -> assertThat(reason).hasValue("Left the organisation on 2026-03-31."));
		assertThat(this.designations.findById(person)).hasValueSatisfying((d) -> assertThat(d.isActive()).isFalse());
	}

	@Test
	void aReactionThatFailedIsKeptAndDoneWhenPublishedAgain() {
		UUID person = designatedTalent();
		doThrow(new IllegalStateException("the database went away")).when(this.designations).findById(person);

		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new PersonLeft(PersonId.of(person), LEFT_ON)));
		// the listener runs after commit on a thread of its own: wait until it has failed
		await().atMost(Duration.ofSeconds(10)).until(() -> failedFor(person) == 1);
		reset(this.designations);

		assertThat(this.designations.findById(person)).hasValueSatisfying((d) -> assertThat(d.isActive()).isTrue());
		assertThat(incompleteFor(person)).isEqualTo(1);

		this.incomplete.resubmitIncompletePublications((publication) -> publication.getEvent() instanceof PersonLeft left
				&& left.personId().equals(PersonId.of(person)));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.designations.findById(person)).hasValueSatisfying((d) -> assertThat(d.isActive()).isFalse());
			assertThat(incompleteFor(person)).isZero();
		});
	}

	@Test
	void aReactionThatFailedIsDoneWhenTheResubmissionJobRuns() {
		UUID person = designatedTalent();
		leavesWhileTheReactionFails(person);

		this.resubmission.resubmitOutstanding();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.designations.findById(person)).hasValueSatisfying((d) -> assertThat(d.isActive()).isFalse());
			assertThat(incompleteFor(person)).isZero();
		});
	}

	@Test
	void theResubmissionJobDoesNotRunWhileAnotherInstanceHoldsItsLockAndRunsOnceItIsFree() {
		UUID person = designatedTalent();
		leavesWhileTheReactionFails(person);
		// another instance runs the resubmission: it holds the job's lock in the shared table
		SimpleLock elsewhere = this.locks
			.lock(new LockConfiguration(Instant.now(), "event-publication-resubmission", Duration.ofMinutes(5),
					Duration.ZERO))
			.orElseThrow();

		try {
			this.resubmission.resubmitOutstanding();
			// the registry marks a publication resubmitted before it runs it again: this one was left alone
			assertThat(failedFor(person)).isOne();
		}
		finally {
			elsewhere.unlock();
		}

		this.resubmission.resubmitOutstanding();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.designations.findById(person)).hasValueSatisfying((d) -> assertThat(d.isActive()).isFalse());
			assertThat(incompleteFor(person)).isZero();
		});
	}

	/** The person leaves, and the pool's reaction fails (the database, say, went away) and is kept as failed. */
	private void leavesWhileTheReactionFails(UUID person) {
		doThrow(new IllegalStateException("the database went away")).when(this.designations).findById(person);
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new PersonLeft(PersonId.of(person), LEFT_ON)));
		await().atMost(Duration.ofSeconds(10)).until(() -> failedFor(person) == 1);
		reset(this.designations);
		assertThat(this.designations.findById(person)).hasValueSatisfying((d) -> assertThat(d.isActive()).isTrue());
	}

	private long failedFor(UUID person) {
		return this.jdbc.sql("select count(*) from event_publication where status = 'FAILED' and serialized_event like :id")
			.param("id", "%" + person + "%")
			.query(Long.class)
			.single();
	}

	private long incompleteFor(UUID person) {
		return this.jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like :id")
			.param("id", "%" + person + "%")
			.query(Long.class)
			.single();
	}

	private Optional<String> endReasonOf(UUID person) {
		return this.jdbc.sql("select end_reason from talent_designation where person_id = :id and ended_at is not null")
			.param("id", person)
			.query(String.class)
			.optional();
	}

	/** A person (by SQL: the people module is not started here) in the talent pool. */
	private UUID designatedTalent() {
		UUID person = UUID.randomUUID();
		String key = person.toString().substring(0, 8);
		this.jdbc.sql("""
				insert into person (id, employee_id, email, first_name, last_name, hire_date, status, search_text,
				  created_at, updated_at, version)
				values (:id, :key, :email, 'Lee', 'Leaver', date '2020-01-15', 'ACTIVE', 'lee leaver', :now, :now, 0)""")
			.param("id", person)
			.param("key", "LP" + key)
			.param("email", "lp" + key + "@test.cocareer.io")
			.param("now", Timestamp.from(Instant.now()))
			.update();
		this.designations.save(TalentDesignation.designate(person, new DesignationTerms(
				DesignationReason.LONG_TERM_POTENTIAL, "Ran the pilot", LocalDate.now().plusMonths(6), 2, 3), "lead",
				Instant.now(), LocalDate.now()));
		return person;
	}

}
