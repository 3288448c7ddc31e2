package io.cocareer.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chain: form login, sessions in the database, CSRF, URL rules, disabled accounts. */
@IntegrationTest
class WebSecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFormLoginStoresTheSessionInTheDatabaseSoEveryInstanceSharesIt() {
		String username = IdentityFixtures.freshAccount(this.accounts, "session", Role.TALENT);
		WebSession browser = new WebSession(this.port);

		HttpResponse<String> login = browser.signIn(username, IdentityFixtures.PASSWORD);

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(login)).endsWith("/");
		long sessions = this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username)
			.query(Long.class)
			.single();
		assertThat(sessions).isEqualTo(1);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		WebSession browser = new WebSession(this.port);
		browser.signIn("talent", "demo");

		HttpResponse<String> post = browser.post("/account/password",
				Map.of("currentPassword", "demo", "newPassword", "whatever-123", "confirmPassword", "whatever-123"));

		assertThat(post.statusCode()).isEqualTo(403);
	}

	@Test
	void aFailedLoginKeepsTheUserNameInTheField() {
		WebSession browser = new WebSession(this.port);

		HttpResponse<String> failed = browser.signIn("manager<b>", "wrong");
		String page = browser.get("/login?error").body();

		assertThat(WebSession.location(failed)).endsWith("/login?error");
		assertThat(page).contains("Wrong user name or password").contains("value=\"manager&lt;b&gt;\"");
	}

	@Test
	void theSignInPageListsTheDemoAccounts() {
		String page = new WebSession(this.port).get("/login").body();

		assertThat(page).contains("Demo accounts").contains("Hannah Berger").contains("Marco Rossi");
	}

	@Test
	void talentAndManagerCannotReachAccountsAdministrationPages() {
		for (String user : new String[] { "talent", "manager", "lead" }) {
			WebSession browser = new WebSession(this.port);
			browser.signIn(user, "demo");

			assertThat(browser.get("/admin/accounts").statusCode()).as(user).isEqualTo(403);
			assertThat(browser.get("/admin/accounts/new").statusCode()).as(user).isEqualTo(403);
		}
	}

	@Test
	void onlyLeadAndAdministratorBrowseTheAuditLogPage() {
		WebSession talent = new WebSession(this.port);
		talent.signIn("talent", "demo");
		WebSession lead = new WebSession(this.port);
		lead.signIn("lead", "demo");

		assertThat(talent.get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(lead.get("/admin/audit").statusCode()).isEqualTo(200);
	}

	@Test
	void aDisabledAccountCannotSignInWithTheFormAndLosesItsSession() {
		String username = IdentityFixtures.freshAccount(this.accounts, "formdisabled", Role.TALENT);
		WebSession before = new WebSession(this.port);
		before.signIn(username, IdentityFixtures.PASSWORD);
		assertThat(before.get("/account").statusCode()).isEqualTo(200);
		WebSession admin = new WebSession(this.port);
		admin.signIn("admin", "demo");
		String id = this.accounts.findByUsername(username).orElseThrow().id().toString();

		HttpResponse<String> disable = admin.postWithCsrf("/admin/accounts/" + id,
				"/admin/accounts/" + id + "/enabled", Map.of("enabled", "false"));

		assertThat(disable.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(new WebSession(this.port).signIn(username, IdentityFixtures.PASSWORD)))
			.endsWith("/login?error");
		assertThat(WebSession.location(before.get("/account"))).contains("/login");
	}

	/** The page compares the reader's typed account id with the account's: its own account offers no disabling. */
	@Test
	void anAdministratorsOwnAccountPageSaysSoAndOffersNoDisabling() {
		WebSession admin = new WebSession(this.port);
		admin.signIn("admin", "demo");
		String own = this.accounts.findByUsername("admin").orElseThrow().id().toString();
		String other = this.accounts.findByUsername(IdentityFixtures.freshAccount(this.accounts, "notself", Role.TALENT))
			.orElseThrow()
			.id()
			.toString();

		String ownPage = admin.get("/admin/accounts/" + own).body();
		String otherPage = admin.get("/admin/accounts/" + other).body();

		assertThat(ownPage).contains("This is your own account").doesNotContain("/admin/accounts/" + own + "/enabled");
		assertThat(otherPage).doesNotContain("This is your own account").contains("/admin/accounts/" + other + "/enabled");
	}

	@Test
	void changingTheOwnPasswordChecksTheCurrentOneAndTheConfirmation() {
		String username = IdentityFixtures.freshAccount(this.accounts, "pwchange", Role.TALENT);
		WebSession browser = new WebSession(this.port);
		browser.signIn(username, IdentityFixtures.PASSWORD);

		HttpResponse<String> wrongCurrent = browser.postWithCsrf("/account", "/account/password", Map.of(
				"currentPassword", "not-it", "newPassword", "new-password-1", "confirmPassword", "new-password-1"));
		HttpResponse<String> mismatch = browser.postWithCsrf("/account", "/account/password", Map.of(
				"currentPassword", IdentityFixtures.PASSWORD, "newPassword", "new-password-1", "confirmPassword",
				"new-password-2"));
		HttpResponse<String> tooShort = browser.postWithCsrf("/account", "/account/password", Map.of(
				"currentPassword", IdentityFixtures.PASSWORD, "newPassword", "short", "confirmPassword", "short"));
		HttpResponse<String> changed = browser.postWithCsrf("/account", "/account/password", Map.of(
				"currentPassword", IdentityFixtures.PASSWORD, "newPassword", "new-password-1", "confirmPassword",
				"new-password-1"));

		assertThat(wrongCurrent.body()).contains("The current password is not right");
		assertThat(mismatch.body()).contains("The two new passwords are not the same");
		assertThat(tooShort.body()).contains("A password needs at least 8 characters");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(new WebSession(this.port).signIn(username, "new-password-1"))).endsWith("/");
	}

	@Test
	void administratorCreatesAnAccountAndSeesFieldErrorsWithTheInputKept() {
		WebSession admin = new WebSession(this.port);
		admin.signIn("admin", "demo");

		HttpResponse<String> invalid = admin.postWithCsrf("/admin/accounts/new", "/admin/accounts/new",
				Map.of("employeeId", "NOBODY-7", "username", "Kept-Name!", "password", "short"));

		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("value=\"NOBODY-7\"")
			.contains("value=\"Kept-Name!\"")
			.contains("Use 2 to 60 lower-case letters")
			.contains("A password needs at least 8 characters")
			.contains("An account needs at least one role");

		HttpResponse<String> unknownPerson = admin.postWithCsrf("/admin/accounts/new", "/admin/accounts/new",
				Map.of("employeeId", "NOBODY-7", "username", IdentityFixtures.uniqueUsername("ui"), "password",
						"a-good-password", "roles", "TALENT"));
		// the person picker says it in its own words, next to the field
		assertThat(unknownPerson.body()).contains("Nobody is known as “NOBODY-7”");
	}

	@Test
	void malformedOrUnknownAccountIdsInPagesAreNotFound() {
		WebSession admin = new WebSession(this.port);
		admin.signIn("admin", "demo");

		assertThat(admin.get("/admin/accounts/not-a-uuid").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/accounts/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
		assertThat(admin.postWithCsrf("/admin/accounts", "/admin/accounts/not-a-uuid/enabled", Map.of("enabled", "x"))
			.statusCode()).isBetween(400, 404);
	}

	@Test
	void alumniUseTheAccountPage() {
		WebSession alumnus = new WebSession(this.port);
		alumnus.signIn("alumnus", "demo");

		HttpResponse<String> page = alumnus.get("/account");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Alex Morgan").contains("Personal API tokens");
	}

	@Test
	void theAccountPageLinksOnlyToPersonPagesTheReaderMayOpen() {
		WebSession alumnus = new WebSession(this.port);
		alumnus.signIn("alumnus", "demo");
		WebSession talent = new WebSession(this.port);
		talent.signIn("talent", "demo");

		// the directory is for staff: a link would lead an alumnus to "Not for your eyes"
		assertThat(alumnus.get("/account").body()).doesNotContain("href=\"/people/");
		assertThat(talent.get("/account").body()).contains("href=\"/people/");
	}

}
