package io.cocareer.toolbox.mentoring;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People leaving and erased: an open enrolment is withdrawn, a running pair ends, and on erasure
 * the person's words go (goals, meeting notes and topics, agreement, feedback comments) while the
 * ratings stay. And mentoring's organisation-wide figures over the demo.
 */
@IntegrationTest
class MentoringLeavingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	MentoringService mentoring;

	@Autowired
	MentoringPairService pairs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ToolboxFigures> figures;

	@Test
	void aLeaverIsWithdrawnFromOpenCohortsTheirRunningPairEndsAndErasureTakesTheirWords() {
		MentoringPeople staff = new MentoringPeople(this.port, this.people, this.accounts);
		MentoringPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		MentoringPeople.Member mentor = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member leaver = staff.hire(null, Role.TALENT);
		LocalDate today = LocalDate.now();
		UUID running = this.mentoring.create(lead.actor(), new NewCohort("Running", null, today, today.plusDays(90)));
		this.mentoring.enrolMentor(lead.actor(), running,
				new MentorEnrolmentRequest(PersonId.of(mentor.personId()), 1, "secretword topics", null));
		this.mentoring.enrolMentee(lead.actor(), running, new MenteeEnrolmentRequest(PersonId.of(leaver.personId()),
				"secretword goals", null, false, PreviousMentor.NEUTRAL));
		this.mentoring.runMatching(lead.actor(), running);
		this.mentoring.publish(lead.actor(), running, this.mentoring.get(lead.actor(), running).version());
		UUID pair = this.mentoring.get(lead.actor(), running).pairs().get(0).id();
		this.pairs.agree(leaver.actor(), pair, new AgreementTerms("secretword goals", "weekly", "secretword"),
				this.pairs.get(leaver.actor(), pair).version());
		this.pairs.logMeeting(leaver.actor(), pair, new NewMeeting(today, "secretword meeting", "secretword note"));
		this.pairs.giveFeedback(leaver.actor(), pair, new NewFeedback(4, "secretword comment"));
		UUID open = this.mentoring.create(lead.actor(), new NewCohort("Open", null, today.plusDays(30), today.plusDays(90)));
		this.mentoring.enrolMentee(leaver.actor(), open, new MenteeEnrolmentRequest(null, "growth", null, false, null));

		this.people.recordLeaving(PeopleTestActors.HR, leaver.personId(), today, "Moved on");
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.mentoring.get(lead.actor(), open).mentees()).singleElement()
				.satisfies((m) -> assertThat(m.status()).isEqualTo(EnrolmentStatus.WITHDRAWN));
			assertThat(this.mentoring.get(lead.actor(), running).pairs()).singleElement()
				.satisfies((p) -> assertThat(p.status()).isEqualTo(PairStatus.ENDED));
		});

		this.people.erase(PeopleTestActors.HR, leaver.personId());
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(count("select count(*) from toolbox_mentoring_meeting where private_note like '%secretword%'"
					+ " or topics like '%secretword%'")).isZero();
			assertThat(count("select count(*) from toolbox_mentoring_pair where agreement_goals like '%secretword%'"))
				.isZero();
			assertThat(count("select count(*) from toolbox_mentoring_mentee where goals like '%secretword%'")).isZero();
			assertThat(count("select count(*) from toolbox_mentoring_feedback where comment like '%secretword%'")).isZero();
		});
		assertThat(count("select count(*) from toolbox_mentoring_feedback where rating = 4 and pair_id = '" + pair + "'"))
			.as("the rating stays, counted in averages").isEqualTo(1);
		assertThat(count("select count(*) from toolbox_mentoring_mentor where topics like '%secretword%'"))
			.as("the mentor's words are the mentor's").isEqualTo(1);
	}

	@Test
	void theFiguresCountPairsAndCohortsAndShowRatesOnlyOverEnoughPeople() {
		ToolboxFigures mentoringFigures = this.figures.stream()
			.filter((f) -> f.sectionKey().equals("toolbox.practice.MENTORING"))
			.findFirst()
			.orElseThrow();
		List<ToolboxFigure> all = mentoringFigures.figures();
		assertThat(all).extracting(ToolboxFigure::key)
			.containsExactly("mentoring.pairs.active", "mentoring.cohorts.running", "mentoring.mentees.matchedShare",
					"mentoring.feedback.average");
		// the demo: a running cohort (some of its pairs ended as people left), an ended one with fourteen answers
		assertThat(all.get(0).value())
			.isEqualTo((double) count("select count(*) from toolbox_mentoring_pair where status = 'ACTIVE'"))
			.isGreaterThanOrEqualTo(5.0);
		assertThat(all.get(1).value()).isGreaterThanOrEqualTo(1.0);
		assertThat(all.get(3).value()).isNotNull().isBetween(0.0, 1.0);
		assertThat(all.get(2).value()).satisfiesAnyOf((v) -> assertThat(v).isNull(),
				(v) -> assertThat(v).isBetween(0.0, 1.0));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
