package io.cocareer;

import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CoCareerApplicationIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void demoLeadSignsInToTheApiWithHttpBasic() {
		ApiClient.Response me = ApiClient.as(this.port, "lead", "demo").get("/api/v1/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("roles").toString()).contains("TALENT_LEAD");
		assertThat(me.json().path("person").path("name").asString()).isEqualTo("Hannah Berger");
	}

	@Test
	void anonymousApiCallsAreRefusedAsProblemJson() {
		ApiClient.Response me = ApiClient.anonymous(this.port).get("/api/v1/me");

		assertThat(me.status()).isEqualTo(401);
		assertThat(me.isProblem()).isTrue();
		assertThat(me.code()).isEqualTo("identity.unauthenticated");
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		ApiClient.Response docs = ApiClient.as(this.port, "lead", "demo").get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/me");
	}

}
