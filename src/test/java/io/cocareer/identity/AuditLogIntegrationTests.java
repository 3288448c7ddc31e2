package io.cocareer.identity;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditLogIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void aChangeShowsUpWithItsActorNewestFirst() {
		String username = IdentityFixtures.freshAccount(this.accounts, "audited", Role.TALENT);
		String id = this.accounts.findByUsername(username).orElseThrow().id().toString();
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		admin.put("/api/v1/admin/accounts/" + id + "/roles", "{\"roles\": [\"MANAGER\"]}");
		admin.put("/api/v1/admin/accounts/" + id + "/roles", "{\"roles\": [\"TALENT\", \"MANAGER\"]}");

		ApiClient.Response log = ApiClient.as(this.port, "lead", "demo")
			.get("/api/v1/admin/audit?subject=" + id + "&action=account.roles");

		assertThat(log.status()).isEqualTo(200);
		JsonNode items = log.json().path("items");
		assertThat(items.size()).isEqualTo(2);
		assertThat(items.get(0).path("actor").asString()).isEqualTo("admin");
		assertThat(items.get(0).path("actorName").asString()).isEqualTo("Ada Admin (IT)");
		assertThat(items.get(0).path("action").asString()).isEqualTo("account.rolesChanged");
		assertThat(items.get(0).path("summary").asString())
			.isEqualTo("Ada Admin (IT) gave the account " + username + " the roles Manager, Talent.");
		assertThat(items.get(1).path("summary").asString()).doesNotContain("Talent");
		assertThat(log.json().path("total").asLong()).isEqualTo(2);
	}

	@Test
	void theLogIsFilteredByActorAndPaged() {
		String username = IdentityFixtures.freshAccount(this.accounts, "tokenaudit", Role.TALENT);
		ApiClient user = ApiClient.as(this.port, username, IdentityFixtures.PASSWORD);
		user.post("/api/v1/me/tokens", "{\"name\": \"one\"}");
		user.post("/api/v1/me/tokens", "{\"name\": \"two\"}");
		user.post("/api/v1/me/tokens", "{\"name\": \"three\"}");

		ApiClient.Response page = ApiClient.as(this.port, "admin", "demo")
			.get("/api/v1/admin/audit?actor=" + username + "&action=apiToken.&size=2&page=1");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().path("total").asLong()).isEqualTo(3);
		assertThat(page.json().path("items").size()).isEqualTo(1);
		assertThat(page.json().path("items").get(0).path("summary").asString()).contains("created the API token \"one\"");
	}

	@Test
	void talentManagerAndAlumnusCannotReadTheLog() {
		for (String user : new String[] { "talent", "manager", "alumnus" }) {
			ApiClient.Response log = ApiClient.as(this.port, user, "demo").get("/api/v1/admin/audit");

			assertThat(log.status()).as(user).isEqualTo(403);
			assertThat(log.isProblem()).isTrue();
		}
	}

	@Test
	void oddFilterValuesAreNoServerError() {
		ApiClient.Response log = ApiClient.as(this.port, "admin", "demo")
			.get("/api/v1/admin/audit?action=%25_%5C&page=-3&size=100000");
		ApiClient.Response badPage = ApiClient.as(this.port, "admin", "demo").get("/api/v1/admin/audit?page=abc");

		assertThat(log.status()).isEqualTo(200);
		assertThat(badPage.status()).isEqualTo(400);
	}

}
