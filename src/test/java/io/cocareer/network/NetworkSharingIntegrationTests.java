package io.cocareer.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing is the talent's choice: nothing is shared until they share it, the health summary
 * carries no names, a share can be taken back, leaving ends it, and every share and read is in
 * the audit log without a developer's name. Each test hires its own people.
 */
@IntegrationTest
class NetworkSharingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	private NetworkPeople staff() {
		return new NetworkPeople(this.port, this.people, this.accounts);
	}

	private static String secretDeveloper(NetworkPeople.Member talent) {
		String secret = "Secret Mentor " + UUID.randomUUID().toString().substring(0, 6);
		NetworkApiIntegrationTests.addDeveloper(talent.api(),
				NetworkApiIntegrationTests.external(secret, "PRIOR_EMPLOYER", 4, "COACHING"));
		return secret;
	}

	@Test
	void theHealthSharedWithTheManagerShowsTheMeasuresAndNoNameAndEndsWhenRevoked() {
		NetworkPeople.Member manager = staff().hire(null, Role.MANAGER, Role.TALENT);
		NetworkPeople.Member talent = staff().hire(manager.personId(), Role.TALENT);
		String secret = secretDeveloper(talent);
		String health = "/api/v1/talents/" + talent.personId() + "/network/health";
		String map = "/api/v1/talents/" + talent.personId() + "/network";
		assertThat(manager.api().get(health).status()).as("nothing is shared until the talent shares it").isEqualTo(404);

		ApiClient.Response shared = talent.api().put("/api/v1/me/network/shares/MANAGER", "{\"scope\": \"HEALTH\"}");
		assertThat(shared.status()).as(shared.body()).isEqualTo(200);
		assertThat(shared.json().get(0).path("scope").asString()).isEqualTo("HEALTH");

		ApiClient.Response read = manager.api().get(health);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("size").asInt()).isEqualTo(1);
		assertThat(read.body()).doesNotContain(secret);
		assertThat(manager.api().get(map).status()).as("the map itself is not shared").isEqualTo(404);
		assertThat(manager.api().get("/api/v1/networks/shared-with-me").body()).contains(talent.personId().toString(),
				"HEALTH");
		WebSession managerPages = manager.session();
		WebSession.Page page = managerPages.get("/network/talents/" + talent.personId());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(talent.name(), "Effective size").doesNotContain(secret);
		assertThat(managerPages.get("/network").body()).contains("Networks shared with you", talent.name());
		for (ApiClient other : List.of(ApiClient.as(this.port, "lead", "demo"), ApiClient.as(this.port, "manager", "demo"),
				staff().hire(null, Role.MANAGER).api())) {
			assertThat(other.get(health).status()).isEqualTo(404);
		}

		assertThat(talent.api().delete("/api/v1/me/network/shares/MANAGER").status()).isEqualTo(204);
		assertThat(manager.api().get(health).status()).isEqualTo(404);
		assertThat(managerPages.get("/network/talents/" + talent.personId()).status()).isEqualTo(404);

		String audit = ApiClient.as(this.port, "lead", "demo").get("/api/v1/admin/audit?size=100").body();
		assertThat(audit).contains("shared the health summary with their manager",
				"read the health summary of a developmental network shared with them",
				"stopped sharing their developmental network with their manager")
			.doesNotContain(secret);
	}

	@Test
	void theWholeMapSharedWithTheTalentLeadsIsReadByThemAndNobodyElse() {
		NetworkPeople.Member talent = staff().hire(null, Role.TALENT);
		String secret = secretDeveloper(talent);

		assertThat(talent.api().put("/api/v1/me/network/shares/TALENT_LEAD", "{\"scope\": \"MAP\"}").status()).isEqualTo(200);

		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		assertThat(lead.get("/api/v1/talents/" + talent.personId() + "/network").body()).contains(secret);
		assertThat(WebSession.signIn(this.port, "lead").get("/network/talents/" + talent.personId()).body())
			.contains(secret);
		for (String other : List.of("manager", "talent")) {
			assertThat(ApiClient.as(this.port, other, "demo").get("/api/v1/talents/" + talent.personId() + "/network")
				.status()).isEqualTo(404);
		}
		assertThat(ApiClient.as(this.port, "admin", "demo").get("/api/v1/admin/audit?size=100").body())
			.as("an administrator reads who did what, never what").doesNotContain(secret);
	}

	@Test
	void sharingWithNobodyOrWithAManagerOneHasNotIsRefused() {
		NetworkPeople.Member talent = staff().hire(null, Role.TALENT);

		ApiClient.Response noManager = talent.api().put("/api/v1/me/network/shares/MANAGER", "{\"scope\": \"HEALTH\"}");
		assertThat(noManager.status()).isEqualTo(409);
		assertThat(noManager.code()).isEqualTo("network.share.noManager");
		assertThat(talent.api().put("/api/v1/me/network/shares/FRIEND", "{\"scope\": \"HEALTH\"}").status()).isEqualTo(400);
		assertThat(talent.api().put("/api/v1/me/network/shares/TALENT_LEAD", "{\"scope\": \"ALL\"}").status()).isEqualTo(400);
		assertThat(talent.api().put("/api/v1/me/network/shares/TALENT_LEAD", "{}").status()).isEqualTo(400);
		assertThat(talent.api().delete("/api/v1/me/network/shares/TALENT_LEAD").status()).isEqualTo(404);
		assertThat(talent.api().get("/api/v1/me/network/shares").json()).isEmpty();
	}

	@Test
	void leavingEndsEveryShareAndTheMapStaysTheLeaversOwn() {
		NetworkPeople.Member manager = staff().hire(null, Role.MANAGER, Role.TALENT);
		NetworkPeople.Member talent = staff().hire(manager.personId(), Role.TALENT, Role.ALUMNUS);
		String secret = secretDeveloper(talent);
		talent.api().put("/api/v1/me/network/shares/TALENT_LEAD", "{\"scope\": \"MAP\"}");
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");

		assertThat(lead.post("/api/v1/people/" + talent.personId() + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved on\"}".formatted(LocalDate.now())).status()).isEqualTo(200);

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				lead.get("/api/v1/talents/" + talent.personId() + "/network").status()).isEqualTo(404));
		assertThat(talent.api().get("/api/v1/me/network").body()).as("an alumnus keeps their map").contains(secret);
	}

	@Test
	void theTalentDownloadsTheirMapAsGraphmlAndCsv() {
		NetworkPeople.Member talent = staff().hire(null, Role.TALENT);
		String a = NetworkApiIntegrationTests.addDeveloper(talent.api(),
				NetworkApiIntegrationTests.external("=Ann Alder", "PRIOR_EMPLOYER", 3, "COACHING"));
		String b = NetworkApiIntegrationTests.addDeveloper(talent.api(),
				NetworkApiIntegrationTests.external("Bob Birch", "EDUCATION", 1));
		talent.api().post("/api/v1/me/network/ties", NetworkApiIntegrationTests.json(java.util.Map.of("oneId", a, "otherId", b)));

		ApiClient.Response graphml = talent.api().get("/api/v1/me/network/export.graphml");
		assertThat(graphml.status()).isEqualTo(200);
		assertThat(graphml.body()).contains("<graphml", "<node id=\"talent\"", "<node id=\"" + a + "\"", "Bob Birch",
				"PRIOR_EMPLOYER");
		assertThat(graphml.body().split("<edge ", -1)).hasSize(4);

		ApiClient.Response csv = talent.api().get("/api/v1/me/network/export.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("name,organisation,internal,arena,role,closeness,contact_frequency,last_contact,support,knows")
			.contains("'=Ann Alder,Acme,false,PRIOR_EMPLOYER,MENTOR,3", "Bob Birch");
		WebSession.Page download = talent.session().get("/network/export.csv");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).contains("Bob Birch");
	}

}
