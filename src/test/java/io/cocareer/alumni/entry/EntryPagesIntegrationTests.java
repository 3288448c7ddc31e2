package io.cocareer.alumni.entry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cocareer.alumni.AlumniPeople;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alumni programme at entry in pages: a new hire's home card, the welcome and its "I have read
 * this"; the talent lead's coverage with the worklist and a reminder.
 */
@IntegrationTest
class EntryPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void aNewHireReadsTheWelcomeFromTheirHomeAndSaysSo() {
		AlumniPeople.Member hire = new AlumniPeople(this.port, this.people, this.accounts)
			.hire(LocalDate.now().minusDays(2), null, Role.TALENT);
		WebSession session = hire.session();
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(session.get("/alumni/welcome").body()).contains("You joined us recently"));

		assertThat(session.get("/").body()).contains("alumni-welcome-card");
		WebSession.Page welcome = session.get("/alumni/welcome");
		assertThat(welcome.body()).contains("Relationships that outlive employment", "Collaboration after you leave",
				"Referrals", "Coming back as a boomerang", "The Right of First Conversation", "href=\"/mobility\"",
				"I have read this");
		WebSession.Page done = session.post("/alumni/welcome/acknowledgement", welcome, Map.of());
		assertThat(done.status()).isEqualTo(302);
		WebSession.Page after = session.get("/alumni/welcome");
		assertThat(after.body()).contains("You said you read it on").doesNotContain("I have read this");
		assertThat(session.get("/").body()).doesNotContain("alumni-welcome-card");
		assertThat(session.get("/alumni/entry/coverage").status()).isEqualTo(403);
	}

	@Test
	void theLeadSeesTheCoverageAndRemindsANewHire() {
		AlumniPeople.Member hire = new AlumniPeople(this.port, this.people, this.accounts)
			.hire(LocalDate.now().minusDays(4), null, Role.TALENT);
		WebSession lead = WebSession.signIn(this.port, "lead");
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(lead.get("/alumni/entry/coverage").body()).contains(hire.name()));

		WebSession.Page coverage = lead.get("/alumni/entry/coverage");
		assertThat(coverage.body()).contains("coverage-by-unit", "coverage-by-cohort", "New hires still to acknowledge",
				"hires acknowledged");
		assertThat(lead.get("/").body()).contains("alumni-entry-coverage-card");
		WebSession.Page reminded = lead.post("/alumni/entry/coverage/reminders/" + hire.personId(), coverage, Map.of());
		assertThat(reminded.status()).isEqualTo(302);
		assertThat(lead.get("/alumni/entry/coverage").body()).contains("The reminder is sent.");

		WebSession alumnus = WebSession.signIn(this.port, "alumnus");
		assertThat(alumnus.get("/alumni/welcome").body()).contains("the programme is yours now")
			.doesNotContain("I have read this");
		assertThat(WebSession.signIn(this.port, "admin").get("/alumni/welcome").status()).isEqualTo(403);
	}

}
