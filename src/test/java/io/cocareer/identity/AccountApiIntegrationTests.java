package io.cocareer.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccountApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	PeopleDirectory people;

	@Autowired
	JdbcClient jdbc;

	ApiClient admin() {
		return ApiClient.as(this.port, "admin", "demo");
	}

	@Test
	void administratorListsAccountsWithTheirPeople() {
		ApiClient.Response list = admin().get("/api/v1/admin/accounts");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("\"username\":\"lead\"").contains("Hannah Berger");
	}

	@Test
	void administratorOpensAnAccountForAPersonWhoThenSignsIn() {
		PersonView person = personWithoutAccount();
		String username = IdentityFixtures.uniqueUsername("new");

		ApiClient.Response created = admin().post("/api/v1/admin/accounts", """
				{"employeeId": "%s", "username": "%s", "password": "a-good-password", "roles": ["TALENT"]}"""
			.formatted(person.employeeId(), username));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).contains("/api/v1/admin/accounts/");
		assertThat(created.json().path("person").path("employeeId").asString()).isEqualTo(person.employeeId());
		assertThat(created.json().path("displayName").asString()).isEqualTo(person.fullName());
		ApiClient.Response me = ApiClient.as(this.port, username, "a-good-password").get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("person").path("id").asString()).isEqualTo(person.id().toString());
	}

	@Test
	void openingAnAccountRefusesBadInputAsProblemJson() {
		PersonView person = personWithoutAccount();

		ApiClient.Response unknownPerson = admin().post("/api/v1/admin/accounts", """
				{"employeeId": "NOBODY-1", "username": "%s", "password": "a-good-password", "roles": ["TALENT"]}"""
			.formatted(IdentityFixtures.uniqueUsername("x")));
		ApiClient.Response takenName = admin().post("/api/v1/admin/accounts", """
				{"employeeId": "%s", "username": "lead", "password": "a-good-password", "roles": ["TALENT"]}"""
			.formatted(person.employeeId()));
		ApiClient.Response noRoles = admin().post("/api/v1/admin/accounts", """
				{"employeeId": "%s", "username": "%s", "password": "a-good-password", "roles": []}"""
			.formatted(person.employeeId(), IdentityFixtures.uniqueUsername("x")));
		ApiClient.Response shortPassword = admin().post("/api/v1/admin/accounts", """
				{"employeeId": "%s", "username": "%s", "password": "short", "roles": ["TALENT"]}"""
			.formatted(person.employeeId(), IdentityFixtures.uniqueUsername("x")));
		ApiClient.Response unknownRole = admin().post("/api/v1/admin/accounts", """
				{"employeeId": "%s", "username": "%s", "password": "a-good-password", "roles": ["KING"]}"""
			.formatted(person.employeeId(), IdentityFixtures.uniqueUsername("x")));
		ApiClient.Response badJson = admin().post("/api/v1/admin/accounts", "{");

		assertThat(unknownPerson.status()).isEqualTo(400);
		assertThat(unknownPerson.code()).isEqualTo("identity.account.personUnknown");
		assertThat(takenName.status()).isEqualTo(409);
		assertThat(takenName.code()).isEqualTo("identity.rule.duplicateUsername");
		assertThat(noRoles.status()).isEqualTo(400);
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(unknownRole.status()).isEqualTo(400);
		assertThat(badJson.status()).isEqualTo(400);
		assertThat(badJson.isProblem()).isTrue();
	}

	@Test
	void administratorChangesRolesAndTheNewRolesApplyAtOnce() {
		String username = IdentityFixtures.freshAccount(this.accounts, "roles", Role.TALENT);
		String id = idOf(username);

		ApiClient.Response changed = admin().put("/api/v1/admin/accounts/" + id + "/roles", """
				{"roles": ["MANAGER", "TALENT"]}""");

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("roles").toString()).contains("MANAGER", "TALENT");
		assertThat(ApiClient.as(this.port, username, IdentityFixtures.PASSWORD).get("/api/v1/me").json()
			.path("roles").toString()).contains("MANAGER");
		assertThat(admin().put("/api/v1/admin/accounts/" + id + "/roles", "{\"roles\": []}").status()).isEqualTo(400);
		assertThat(admin().put("/api/v1/admin/accounts/" + id + "/roles", "{\"roles\": [null]}").status())
			.isEqualTo(400);
	}

	@Test
	void aDisabledAccountCannotSignInWithBasic() {
		String username = IdentityFixtures.freshAccount(this.accounts, "disabled", Role.TALENT);
		String id = idOf(username);
		assertThat(ApiClient.as(this.port, username, IdentityFixtures.PASSWORD).get("/api/v1/me").status())
			.isEqualTo(200);

		ApiClient.Response disabled = admin().put("/api/v1/admin/accounts/" + id + "/enabled", """
				{"enabled": false}""");

		assertThat(disabled.status()).isEqualTo(200);
		assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
		ApiClient.Response me = ApiClient.as(this.port, username, IdentityFixtures.PASSWORD).get("/api/v1/me");
		assertThat(me.status()).isEqualTo(401);
		assertThat(me.isProblem()).isTrue();

		admin().put("/api/v1/admin/accounts/" + id + "/enabled", "{\"enabled\": true}");
		assertThat(ApiClient.as(this.port, username, IdentityFixtures.PASSWORD).get("/api/v1/me").status())
			.isEqualTo(200);
	}

	@Test
	void administratorCannotDisableTheirOwnAccount() {
		ApiClient.Response self = admin().put("/api/v1/admin/accounts/" + idOf("admin") + "/enabled", """
				{"enabled": false}""");

		assertThat(self.status()).isEqualTo(409);
		assertThat(self.code()).isEqualTo("identity.rule.keepOwnAccount");
	}

	@Test
	void unknownOrMalformedAccountIdsAreClientErrors() {
		assertThat(admin().get("/api/v1/admin/accounts/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
		assertThat(admin().get("/api/v1/admin/accounts/nope").status()).isEqualTo(400);
		assertThat(admin().put("/api/v1/admin/accounts/nope/enabled", "{\"enabled\": false}").status()).isEqualTo(400);
		assertThat(admin().put("/api/v1/admin/accounts/" + idOf("lead") + "/enabled", "{}").status()).isEqualTo(400);
	}

	@Test
	void talentManagerAndLeadCannotReachAccountsAdministration() {
		for (String user : Set.of("talent", "manager", "lead", "alumnus")) {
			ApiClient.Response list = ApiClient.as(this.port, user, "demo").get("/api/v1/admin/accounts");
			ApiClient.Response create = ApiClient.as(this.port, user, "demo").post("/api/v1/admin/accounts", "{}");

			assertThat(list.status()).as(user).isEqualTo(403);
			assertThat(list.isProblem()).isTrue();
			assertThat(list.code()).isEqualTo("shared.denied");
			assertThat(create.status()).as(user).isEqualTo(403);
		}
	}

	@Test
	void unknownApiPathsAndWrongMethodsAnswerProblemJson() {
		ApiClient.Response unknown = admin().get("/api/v1/no-such-thing");
		ApiClient.Response wrongMethod = admin().delete("/api/v1/me");
		ApiClient.Response wrongType = ApiClient.as(this.port, "admin", "demo").postMultipart("/api/v1/me/tokens",
				"file", "x.csv", "a,b");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
		assertThat(unknown.code()).isEqualTo("shared.request.404");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.isProblem()).isTrue();
		assertThat(wrongMethod.code()).isEqualTo("shared.request.405");
		assertThat(wrongType.status()).isEqualTo(415);
		assertThat(wrongType.isProblem()).isTrue();
		assertThat(wrongType.code()).startsWith("shared.request.");
	}

	private String idOf(String username) {
		return this.accounts.findByUsername(username).orElseThrow().id().toString();
	}

	/** A demo person nobody has opened an account for yet (each call takes the next one). */
	private PersonView personWithoutAccount() {
		String employeeId = this.jdbc.sql("""
				select p.employee_id from person p
				where not exists (select 1 from account a where a.person_id = p.id)
				order by p.employee_id desc limit 1""").query(String.class).single();
		return this.people.findByEmployeeId(employeeId).orElseThrow();
	}

}
