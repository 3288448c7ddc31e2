package io.cocareer.talent;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.support.WebSession;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profile pages and the pool must not issue a statement per value, competency, note or talent:
 * the statement count of a profile (page and API) stays the same when the profile gets 15 more
 * notes, and the pool page with 25 rows needs as few as with fewer talents behind it.
 */
@IntegrationTest
class TalentStatementCountIntegrationTests {

	// 15 before the toolbox; its guidance beside the page (the signals' counts and the pool's size, for
	// the talent lead's progress) and the development programmes' section on the profile add three
	private static final int BOUND = 18;

	@LocalServerPort
	int port;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void aProfileNeedsTheSameFewStatementsHoweverManyNotesItHas() throws Exception {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		WebSession browser = WebSession.signIn(this.port, "lead");
		UUID talent = anyTalentOtherThanTheDemoOnes(lead);
		// one note first: the authors' names of any number of notes are looked up in one statement
		assertThat(lead.post("/api/v1/talents/" + talent + "/notes", "{\"body\":\"First note\"}").status())
			.isEqualTo(201);

		long apiBefore = this.statements
			.ofOneCall(() -> assertThat(lead.get("/api/v1/talents/" + talent + "/profile").status()).isEqualTo(200));
		long pageBefore = this.statements
			.ofOneCall(() -> assertThat(browser.get("/talents/" + talent).status()).isEqualTo(200));
		for (int i = 0; i < 15; i++) {
			assertThat(lead.post("/api/v1/talents/" + talent + "/notes", "{\"body\":\"Check-in note " + i + "\"}").status())
				.isEqualTo(201);
		}
		long apiAfter = this.statements
			.ofOneCall(() -> assertThat(lead.get("/api/v1/talents/" + talent + "/profile").status()).isEqualTo(200));
		long pageAfter = this.statements
			.ofOneCall(() -> assertThat(browser.get("/talents/" + talent).status()).isEqualTo(200));

		assertThat(apiAfter).as("profile API statements %s", this.statements.statements()).isEqualTo(apiBefore);
		assertThat(pageAfter).as("profile page statements %s", this.statements.statements()).isEqualTo(pageBefore);
		assertThat(pageAfter).as("profile page statements %s", this.statements.statements()).isLessThanOrEqualTo(BOUND);
	}

	@Test
	void thePoolPageNeedsAFixedNumberOfStatementsForAPageOfTalents() throws Exception {
		WebSession browser = WebSession.signIn(this.port, "lead");

		// the demo pool has more than 25 talents: page 0 is full, page 1 holds the rest
		long fullPage = this.statements
			.ofOneCall(() -> assertThat(browser.get("/talents?page=0").body()).contains("/talents/"));
		long lastPage = this.statements
			.ofOneCall(() -> assertThat(browser.get("/talents?page=1").status()).isEqualTo(200));

		assertThat(fullPage).as("25 rows need no more statements than the few of the last page: %s",
				this.statements.statements()).isEqualTo(lastPage);
		assertThat(fullPage).isLessThanOrEqualTo(BOUND);
	}

	@Test
	void thePoolApiNeedsAsFewStatementsFor200TalentsAsFor2() throws Exception {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");

		long small = this.statements
			.ofOneCall(() -> assertThat(lead.get("/api/v1/talents?size=2").status()).isEqualTo(200));
		long large = this.statements
			.ofOneCall(() -> assertThat(lead.get("/api/v1/talents?size=200").status()).isEqualTo(200));

		assertThat(large).as("pool API statements %s", this.statements.statements()).isEqualTo(small);
		assertThat(large).isLessThanOrEqualTo(BOUND);
	}

	@Test
	void twoProfilesOfDifferentSizeNeedTheSameNumberOfStatements() throws Exception {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		UUID tara = TalentTestPeople.personOf(this.port, "talent");
		UUID other = anyTalentOtherThanTheDemoOnes(lead);
		for (int i = 0; i < 3; i++) {
			lead.post("/api/v1/talents/" + tara + "/notes", "{\"body\":\"Counting statements, note " + i + "\"}");
		}

		long forTara = this.statements
			.ofOneCall(() -> assertThat(lead.get("/api/v1/talents/" + tara + "/profile").status()).isEqualTo(200));
		long forOther = this.statements
			.ofOneCall(() -> assertThat(lead.get("/api/v1/talents/" + other + "/profile").status()).isEqualTo(200));

		assertThat(forTara).as("profile statements %s", this.statements.statements()).isEqualTo(forOther);
	}

	/** Any pool member but Tara, the demo talent, whose profile other tests edit. */
	private UUID anyTalentOtherThanTheDemoOnes(ApiClient lead) {
		var items = lead.get("/api/v1/talents?size=50").json().path("items");
		String demoTalent = TalentTestPeople.personOf(this.port, "talent").toString();
		for (var item : items) {
			String id = item.path("personId").asString();
			if (!id.isBlank() && !id.equals(demoTalent)) {
				return UUID.fromString(id);
			}
		}
		throw new IllegalStateException("the demo organisation has talents: " + items);
	}

}
