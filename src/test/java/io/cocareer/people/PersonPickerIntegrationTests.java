package io.cocareer.people;

import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The matches the person picker fetches as the user types (/people/picker). */
@IntegrationTest
class PersonPickerIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyWordTypedNarrowsTheMatchesWhichAreOptionsOfThePickersListbox() {
		WebSession.Page matches = WebSession.signIn(this.port, "manager").get("/people/picker?q=rossi%20marco&for=sponsor");

		assertThat(matches.status()).isEqualTo(200);
		assertThat(matches.body()).contains("role=\"option\"", "id=\"sponsor-option-0\"", "data-employee-id=\"E000003\"",
				"Marco Rossi", "id=\"sponsor-status\"", "1 match");
		assertThat(matches.body()).doesNotContain("sponsor-option-1");
	}

	@Test
	void anExactEmployeeIdComesFirstAndNothingTypedMatchesNobody() {
		WebSession session = WebSession.signIn(this.port, "talent");

		assertThat(session.get("/people/picker?q=e000003&for=coach").body())
			.containsSubsequence("id=\"coach-option-0\"", "data-employee-id=\"E000003\"");
		assertThat(session.get("/people/picker?q=&for=coach").body()).doesNotContain("role=\"option\"");
	}

	@Test
	void someoneWhoLeftCannotBePicked() {
		String key = "PL" + Long.toString(System.nanoTime(), 36).toUpperCase();
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		String id = lead.post("/api/v1/people", """
				{"employeeId":"%s","firstName":"Lea","lastName":"Gone%s","email":"%s@example.com","hireDate":"2020-01-06"}"""
			.formatted(key, key, key.toLowerCase()))
			.json()
			.path("id")
			.asString();
		WebSession session = WebSession.signIn(this.port, "lead");
		assertThat(session.get("/people/picker?q=gone" + key + "&for=p").body()).contains("data-employee-id=\"" + key + "\"");

		lead.post("/api/v1/people/" + id + "/leaving", """
				{"leftOn":"2024-06-30","reason":"Moved abroad"}""");

		assertThat(session.get("/people/picker?q=gone" + key + "&for=p").body()).doesNotContain("role=\"option\" aria-selected")
			.doesNotContain(key + "\"")
			.contains("Nobody matches");
	}

	@Test
	void aPickerIdThatIsNoHtmlIdIsNotEchoed() {
		WebSession.Page matches = WebSession.signIn(this.port, "lead").get("/people/picker?q=rossi&for=%22%3E%3Cb%3E");

		assertThat(matches.body()).contains("id=\"person-option-0\"").doesNotContain("<b>");
	}

}
