package io.cocareer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;
import io.cocareer.identity.ApiTokenService;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.ApiRobustnessWalk;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Nothing a user or API client can send produces a 500", as each role: the
 * {@link ApiRobustnessWalk} against this test's platform. It runs on PostgreSQL only: the release
 * smoke test walks the packaged jar on its H2 file the same way, as each role.
 */
@IntegrationTest
class ApiRobustnessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@Test
	void aMalformedQueryStringOrPathIsABadRequestNeverAServerErrorNorTomcatsPage() {
		assertThat(ApiRobustnessWalk.walkMalformed(ApiClient.anonymous(this.port), ApiClient.as(this.port, "lead", "demo")))
			.as("malformed query strings and paths answered otherwise than 400 problem+json (API) or our error page")
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lead", "manager", "talent", "alumnus", "admin" })
	void noOperationAnswersWithAServerErrorWhateverItIsSent(String username) {
		// a personal API token: HTTP Basic would cost a bcrypt check on each of the thousands of calls
		AccountView account = this.accounts.findByUsername(username).orElseThrow();
		Actor actor = new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()), account.displayName(),
				account.roles());
		ApiClient api = ApiClient.withToken(this.port, this.tokens.create(actor, "robustness test").secret());
		assertThat(ApiRobustnessWalk.walk(ApiClient.anonymous(this.port), api))
			.as("answers that were server errors or 4xx without problem+json")
			.isEmpty();
	}

}
