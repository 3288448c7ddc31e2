package io.cocareer.alumni.reentry;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.alumni.AlumniDownloads;
import io.cocareer.alumni.ReentryDecision;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The re-entry module's part of the alumnus' data download: their requests and the decision,
 * never the evaluation (scores, notes, rationale, the hiring manager), and nobody else's request.
 */
@IntegrationTest
class ReentryDataPartIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	ReentryService reentry;

	@Test
	void theDownloadHoldsTheirRequestsAndTheDecisionButNeverTheEvaluation() {
		AlumniDownloads world = new AlumniDownloads(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		AlumniDownloads.Member manager = world.hire(Role.MANAGER);
		AlumniDownloads.Member me = world.hire(Role.TALENT);
		AlumniDownloads.Member other = world.hire(Role.TALENT);
		world.leave(me);
		world.leave(other);
		Actor lead = world.lead();
		LocalDate today = LocalDate.now(this.clock);
		var mine = this.reentry.ask(me.as(Role.ALUMNUS), new AskToReturn("Minerole engineer", today.plusMonths(1),
				"Minerole employers", "Minerole skills", "Minerole: I miss the team"));
		this.reentry.ask(other.as(Role.ALUMNUS), new AskToReturn("Otherrole engineer", null, null, null,
				"Otherrole: why"));
		this.reentry.evaluate(lead, mine, new SaveEvaluation(manager.personId(), 3, 4, false, "Evalsecret root cause",
				true, false, false, "Evalsecret premium", null), null);
		this.reentry.decide(lead, mine, ReentryDecision.NOT_NOW, "Evalsecret rationale", null);

		AlumniDownloads.Download download = world.download(me);

		JsonNode request = download.part("reentry").path("requests").get(0);
		assertThat(request.path("targetRole").asString()).isEqualTo("Minerole engineer");
		assertThat(request.path("employersSince").asString()).isEqualTo("Minerole employers");
		assertThat(request.path("newSkills").asString()).isEqualTo("Minerole skills");
		assertThat(request.path("whyReturn").asString()).isEqualTo("Minerole: I miss the team");
		assertThat(request.path("decision").asString()).isEqualTo("NOT_NOW");
		assertThat(download.part("reentry").path("requests")).hasSize(1);
		assertThat(download.body()).as("never the evaluation, nor anyone else's request")
			.doesNotContain("Evalsecret", "priorRating", "interimRelevance", "rationale", manager.name(),
					manager.employeeId(), manager.personId().toString(), "Otherrole", other.name());
	}

}
