package io.cocareer.identity;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone recorded as having left loses staff access at once: their open web session, their
 * API tokens and their password no longer reach the directory, tours or packages.
 */
@IntegrationTest
class LeavingEndsStaffAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	/** A person of this test only, with an account holding these roles; answers the person id and user name. */
	private String[] employeeWithAccount(Role... roles) {
		String key = "LV" + (System.nanoTime() % 100_000_000);
		ApiClient.Response created = lead().post("/api/v1/people", """
				{"employeeId":"%s","firstName":"Lee","lastName":"Leaver","email":"%s@example.com",
				 "title":"Analyst","hireDate":"2020-01-15"}""".formatted(key, key.toLowerCase()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String personId = created.json().path("id").asString();
		String username = IdentityFixtures.uniqueUsername("leaver");
		this.accounts.create(username, IdentityFixtures.PASSWORD, UUID.fromString(personId), "Lee Leaver", Set.of(roles));
		return new String[] { personId, username };
	}

	private String tokenOf(String username) {
		ApiClient.Response token = ApiClient.as(this.port, username, IdentityFixtures.PASSWORD)
			.post("/api/v1/me/tokens", "{\"name\": \"script\"}");
		assertThat(token.status()).as(token.body()).isEqualTo(201);
		return token.json().path("secret").asString();
	}

	private void recordLeaving(String personId) {
		ApiClient.Response left = lead().post("/api/v1/people/" + personId + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved on\"}".formatted(LocalDate.now()));
		assertThat(left.status()).as(left.body()).isEqualTo(200);
	}

	@Test
	void afterLeavingTheOpenSessionTheTokenAndThePasswordAreRefused() {
		String[] employee = employeeWithAccount(Role.TALENT, Role.MANAGER);
		WebSession browser = WebSession.signIn(this.port, employee[1], IdentityFixtures.PASSWORD);
		assertThat(browser.get("/people").status()).isEqualTo(200);
		String token = tokenOf(employee[1]);
		assertThat(ApiClient.withToken(this.port, token).get("/api/v1/people").status()).isEqualTo(200);

		recordLeaving(employee[0]);

		WebSession.Page next = browser.get("/people");
		assertThat(next.status()).as("the session ended").isEqualTo(302);
		assertThat(next.location()).endsWith("/login");
		assertThat(ApiClient.withToken(this.port, token).get("/api/v1/people").status()).isEqualTo(401);
		assertThat(ApiClient.withToken(this.port, token).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(ApiClient.as(this.port, employee[1], IdentityFixtures.PASSWORD).get("/api/v1/people").status())
			.isEqualTo(401);
		assertThatThrownBy(() -> WebSession.signIn(this.port, employee[1], IdentityFixtures.PASSWORD))
			.isInstanceOf(IllegalStateException.class);
		AccountView account = this.accounts.findByUsername(employee[1]).orElseThrow();
		assertThat(account.enabled()).isFalse();
	}

	@Test
	void anAlumnusKeepsTheAlumniSpaceButNoStaffRole() {
		String[] employee = employeeWithAccount(Role.TALENT, Role.ALUMNUS);

		recordLeaving(employee[0]);

		ApiClient alumnus = ApiClient.as(this.port, employee[1], IdentityFixtures.PASSWORD);
		ApiClient.Response me = alumnus.get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("roles").toString()).isEqualTo("[\"ALUMNUS\"]");
		assertThat(alumnus.get("/api/v1/people").status()).isEqualTo(403);
		assertThat(alumnus.get("/api/v1/work-packages").status()).isEqualTo(403);
		WebSession browser = WebSession.signIn(this.port, employee[1], IdentityFixtures.PASSWORD);
		assertThat(browser.get("/").status()).isEqualTo(200);
		assertThat(browser.get("/people").status()).isEqualTo(403);
		assertThat(this.accounts.findByUsername(employee[1]).orElseThrow().roles()).containsExactly(Role.ALUMNUS);
	}

	@Test
	void signInRefusesStaffRolesToSomeoneWhoHasLeftWhateverTheAccountSays() {
		String[] employee = employeeWithAccount(Role.TALENT);
		String token = tokenOf(employee[1]);
		// a leaver whose account still has its staff roles: left before leaving ended them, or given back by mistake
		this.jdbc.sql("update person set status = 'LEFT' where id = :id").param("id", UUID.fromString(employee[0])).update();

		assertThat(ApiClient.as(this.port, employee[1], IdentityFixtures.PASSWORD).get("/api/v1/people").status())
			.isEqualTo(401);
		assertThat(ApiClient.withToken(this.port, token).get("/api/v1/people").status()).isEqualTo(401);
		assertThatThrownBy(() -> WebSession.signIn(this.port, employee[1], IdentityFixtures.PASSWORD))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theDemoAlumnusStillSignsIn() {
		assertThat(ApiClient.as(this.port, "alumnus", "demo").get("/api/v1/me").status()).isEqualTo(200);
		assertThat(WebSession.signIn(this.port, "alumnus", "demo").get("/").status()).isEqualTo(200);
	}

}
