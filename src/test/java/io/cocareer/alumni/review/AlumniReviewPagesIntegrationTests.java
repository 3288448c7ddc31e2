package io.cocareer.alumni.review;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.people.PeopleService;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review page: the talent lead's figures over a period, each with its definition, hidden
 * ones said in words; bad dates said next to their field; every other role refused; the lead's
 * link and home card.
 */
@IntegrationTest
class AlumniReviewPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AlumniRegister register;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@BeforeEach
	void world() {
		AlumniReviewWorld.ensure(this.people, this.register, this.events, this.transactions, this.clock);
	}

	@Test
	void theLeadSeesEachFigureWithItsDefinitionAndThePeriod() {
		WebSession.Page page = WebSession.signIn(this.port, "lead").get("/alumni/review" + AlumniReviewWorld.PERIOD);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Alumni review", "From 1 January 1996 to 31 December 1996",
				"id=\"figure-boomerang-rate\"", "10.0 % (5 of 50)",
				"Rehire (boomerang) rate: rehires ÷ total hires × 100 over the period.", "11.0 months",
				"Alumni engagement rate", "Second-tenure 12-month retention", "id=\"tiers-table\"",
				"id=\"interviews-table\"", "rv-growth", "Other reasons are not listed");
		assertThat(page.body()).doesNotContain("rv-relocation", "Alumna", "@example.org");
		// in March 1996, one came back among 46 hires: the rate and the time away are hidden, and say why
		WebSession.Page march = WebSession.signIn(this.port, "lead").get("/alumni/review?from=1996-03-01&to=1996-03-31");
		assertThat(march.body()).contains("Some figures are hidden", "hidden: fewer than 5 people did, or did not",
				"hidden: fewer than 5 boomerangs");
	}

	@Test
	void badDatesAreSaidNextToTheirFieldAndNoFigureIsShown() {
		WebSession lead = WebSession.signIn(this.port, "lead");

		WebSession.Page garbled = lead.get("/alumni/review?from=yesterday&to=1996-12-31");
		assertThat(garbled.status()).isEqualTo(200);
		assertThat(garbled.body()).contains("Give a date as YYYY-MM-DD", "id=\"from-errors\"", "value=\"yesterday\"")
			.doesNotContain("id=\"figures-table\"");

		WebSession.Page backwards = lead.get("/alumni/review?from=1996-12-31&to=1996-01-01");
		assertThat(backwards.body()).contains("The period starts on or before its end", "id=\"from-errors\"")
			.doesNotContain("id=\"figures-table\"");

		WebSession.Page future = lead.get("/alumni/review?to=2999-01-01");
		assertThat(future.body()).contains("The period ends today at the latest", "id=\"to-errors\"");
	}

	@Test
	void everyoneButTheLeadIsRefusedAndOnlyTheLeadHasTheLinkAndTheCard() {
		for (String other : List.of("manager", "talent", "alumnus", "admin")) {
			WebSession session = WebSession.signIn(this.port, other);
			assertThat(session.get("/alumni/review").status()).as(other).isIn(403, 404);
			assertThat(session.get("/").body()).as(other).doesNotContain("/alumni/review", "alumni-review-card");
		}
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page home = lead.get("/");
		assertThat(home.body()).contains("href=\"/alumni/review\"", "id=\"alumni-review-card\"", "Boomerang rate",
				"Engagement rate");
		assertThat(lead.get("/alumni/review").status()).isEqualTo(200);
	}

}
