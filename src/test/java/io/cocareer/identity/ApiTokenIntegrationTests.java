package io.cocareer.identity;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void aTokenCreatedWithBasicSignsInUntilItIsRevoked() {
		ApiClient basic = ApiClient.as(this.port, "talent", "demo");

		ApiClient.Response created = basic.post("/api/v1/me/tokens", """
				{"name": "Weekly report"}""");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).contains("/api/v1/me/tokens/");
		String secret = created.json().path("secret").asString();
		String tokenId = created.json().path("token").path("id").asString();
		assertThat(secret).startsWith("cct_");
		assertThat(created.json().path("token").path("prefix").asString()).isEqualTo(secret.substring(0, 10));

		ApiClient.Response me = ApiClient.withToken(this.port, secret).get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("username").asString()).isEqualTo("talent");

		ApiClient.Response listed = basic.get("/api/v1/me/tokens");
		assertThat(listed.body()).contains(tokenId).doesNotContain(secret);

		assertThat(basic.delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(204);

		ApiClient.Response afterRevoke = ApiClient.withToken(this.port, secret).get("/api/v1/me");
		assertThat(afterRevoke.status()).isEqualTo(401);
		assertThat(afterRevoke.isProblem()).isTrue();
		assertThat(afterRevoke.code()).isEqualTo("identity.unauthenticated");
	}

	@Test
	void aGarbageTokenIsRefusedAsProblemJson() {
		ApiClient.Response me = ApiClient.withToken(this.port, "cct_not-a-real-token").get("/api/v1/me");

		assertThat(me.status()).isEqualTo(401);
		assertThat(me.isProblem()).isTrue();
		assertThat(me.code()).isEqualTo("identity.unauthenticated");
		assertThat(ApiClient.withToken(this.port, "garbage").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void aTokenNeedsANameOfAtMostEightyCharacters() {
		ApiClient basic = ApiClient.as(this.port, "talent", "demo");

		ApiClient.Response blank = basic.post("/api/v1/me/tokens", """
				{"name": "  "}""");
		ApiClient.Response tooLong = basic.post("/api/v1/me/tokens", "{\"name\": \"" + "x".repeat(81) + "\"}");

		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.code()).isEqualTo("shared.validation.failed");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.isProblem()).isTrue();
	}

	@Test
	void nobodyRevokesAnotherUsersToken() {
		ApiClient.Response created = ApiClient.as(this.port, "manager", "demo").post("/api/v1/me/tokens", """
				{"name": "Manager script"}""");
		String tokenId = created.json().path("token").path("id").asString();

		ApiClient.Response revoke = ApiClient.as(this.port, "talent", "demo").delete("/api/v1/me/tokens/" + tokenId);

		assertThat(revoke.status()).isEqualTo(404);
		assertThat(revoke.code()).isEqualTo("identity.token.notFound");
		assertThat(ApiClient.withToken(this.port, created.json().path("secret").asString()).get("/api/v1/me").status())
			.isEqualTo(200);
	}

	@Test
	void badTokenIdsAndBodiesAreClientErrors() {
		ApiClient basic = ApiClient.as(this.port, "talent", "demo");

		assertThat(basic.delete("/api/v1/me/tokens/not-a-uuid").status()).isEqualTo(400);
		assertThat(basic.delete("/api/v1/me/tokens/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
		ApiClient.Response badJson = basic.post("/api/v1/me/tokens", "{\"name\": ");
		assertThat(badJson.status()).isEqualTo(400);
		assertThat(badJson.isProblem()).isTrue();
	}

	@Test
	void alumniManageTheirOwnTokens() {
		ApiClient.Response created = ApiClient.as(this.port, "alumnus", "demo").post("/api/v1/me/tokens", """
				{"name": "Alumni newsletter"}""");

		assertThat(created.status()).isEqualTo(201);
		assertThat(ApiClient.as(this.port, "alumnus", "demo").get("/api/v1/me/tokens").status()).isEqualTo(200);
	}

	@Test
	void aDisabledAccountsTokenNoLongerSignsIn() {
		String username = IdentityFixtures.freshAccount(this.accounts, "tokenuser", Role.TALENT);
		String secret = ApiClient.as(this.port, username, IdentityFixtures.PASSWORD)
			.post("/api/v1/me/tokens", "{\"name\": \"script\"}")
			.json()
			.path("secret")
			.asString();
		String accountId = this.accounts.findByUsername(username).orElseThrow().id().toString();

		ApiClient.as(this.port, "admin", "demo").put("/api/v1/admin/accounts/" + accountId + "/enabled", """
				{"enabled": false}""");

		assertThat(ApiClient.withToken(this.port, secret).get("/api/v1/me").status()).isEqualTo(401);
	}

}
