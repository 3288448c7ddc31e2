package io.cocareer.identity;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Each test locks a fresh account of its own: the demo accounts are used by every other test. */
@IntegrationTest
class LoginThrottleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void fiveFailedBasicLoginsLockTheNameEvenForTheRightPassword() {
		String username = IdentityFixtures.freshAccount(this.accounts, "throttled", Role.TALENT);
		for (int attempt = 1; attempt <= 5; attempt++) {
			ApiClient.Response wrong = ApiClient.as(this.port, username, "wrong-password").get("/api/v1/me");
			assertThat(wrong.status()).as("attempt %d", attempt).isEqualTo(401);
		}

		ApiClient.Response right = ApiClient.as(this.port, username, IdentityFixtures.PASSWORD).get("/api/v1/me");

		assertThat(right.status()).isEqualTo(401);
		assertThat(right.isProblem()).isTrue();
		assertThat(right.code()).isEqualTo("identity.login.locked");
	}

	@Test
	void aLockedNameSeesTheLockedMessageOnTheSignInPage() {
		String username = IdentityFixtures.freshAccount(this.accounts, "locked", Role.TALENT);
		WebSession browser = new WebSession(this.port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(WebSession.location(browser.signIn(username, "wrong-password"))).endsWith("/login?error");
		}

		String target = WebSession.location(browser.signIn(username, IdentityFixtures.PASSWORD));

		assertThat(target).contains("/login?locked=");
		String page = browser.get(target.substring(target.indexOf("/login"))).body();
		assertThat(page).contains("Too many failed attempts");
	}

	@Test
	void fewerThanFiveFailuresDoNotLockAndASuccessResetsTheCount() {
		String username = IdentityFixtures.freshAccount(this.accounts, "almost", Role.TALENT);
		for (int attempt = 1; attempt <= 4; attempt++) {
			ApiClient.as(this.port, username, "wrong-password").get("/api/v1/me");
		}
		assertThat(ApiClient.as(this.port, username, IdentityFixtures.PASSWORD).get("/api/v1/me").status())
			.isEqualTo(200);

		for (int attempt = 1; attempt <= 4; attempt++) {
			ApiClient.as(this.port, username, "wrong-password").get("/api/v1/me");
		}

		assertThat(ApiClient.as(this.port, username, IdentityFixtures.PASSWORD).get("/api/v1/me").status())
			.isEqualTo(200);
	}

	@Test
	void guessingUnknownNamesIsThrottledToo() {
		String nobody = IdentityFixtures.uniqueUsername("nobody");
		for (int attempt = 1; attempt <= 5; attempt++) {
			ApiClient.as(this.port, nobody, "guess").get("/api/v1/me");
		}

		assertThat(ApiClient.as(this.port, nobody, "guess").get("/api/v1/me").code()).isEqualTo("identity.login.locked");
	}

}
