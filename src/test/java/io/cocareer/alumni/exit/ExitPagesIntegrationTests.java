package io.cocareer.alumni.exit;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.network.NetworkPeople.Hired;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.ApiClient.Response;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit protocol's pages where the API tests do not reach: completing an exit from its page
 * answers with the protocol again, telling the lead that the leaver's portal is open (the page's
 * flash attributes travel in the session, which the database keeps: they must serialize).
 */
@IntegrationTest
class ExitPagesIntegrationTests {

	private static final String PASSWORD = "exit-pages-1";

	private static final String EXITS = "/api/v1/exits";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void completingAnExitWithConsentFromItsPageTellsTheLeadThePortalIsOpen() {
		Hired leaver = NetworkPeople.hire(this.people, this.accounts, "xp", PASSWORD, null, Role.TALENT);
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		Response started = lead.post(EXITS,
				"{\"personId\": \"" + leaver.personId() + "\", \"leavingOn\": \"" + LocalDate.now() + "\"}");
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		String exit = started.json().path("id").asString();
		assertThat(lead.put(EXITS + "/" + exit + "/reason",
				"{\"reasonCode\": \"NEW_ROLE\", \"leavingOn\": \"" + LocalDate.now() + "\"}").status()).isEqualTo(200);
		String email = "private." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		assertThat(ApiClient.as(this.port, leaver.username(), PASSWORD)
			.post(EXITS + "/" + exit + "/consent",
					"{\"email\": \"" + email + "\", \"channels\": [\"EMAIL\"], \"cadence\": \"YEARLY\"}")
			.status()).isEqualTo(200);

		WebSession page = WebSession.signIn(this.port, "lead");
		WebSession.Page protocol = page.get("/alumni/exits/" + exit);
		assertThat(protocol.status()).isEqualTo(200);
		WebSession.Page completed = page.post("/alumni/exits/" + exit + "/complete", protocol, Map.of());
		assertThat(completed.status()).as(completed.body()).isEqualTo(302);
		assertThat(completed.location()).endsWith("/alumni/exits/" + exit);

		WebSession.Page after = page.get("/alumni/exits/" + exit);
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.body()).contains("The exit is completed: the leaving is recorded and staff access has ended.")
			.contains("The alumni portal is open to their account " + leaver.username() + ".");
	}

}
