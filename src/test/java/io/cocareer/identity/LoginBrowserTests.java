package io.cocareer.identity;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cocareer.shared.Role;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class LoginBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@ParameterizedTest
	@ValueSource(strings = { "lead", "manager", "talent", "alumnus", "admin" })
	void eachDemoRoleSignsInAndLandsOnItsHomePage(String username) {
		String displayName = this.accounts.findByUsername(username).orElseThrow().displayName();
		Page page = Browser.signIn(Browser.newPage(this.port), this.port, username);
		try {
			assertThat(page.locator("#current-user")).hasText(displayName);
			assertThat(page.locator("h1")).hasCount(1);
			assertThat(page.locator("h1")).not().isEmpty();
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void aWrongPasswordShowsTheErrorAndKeepsTheUserName() {
		String username = IdentityFixtures.freshAccount(this.accounts, "browserwrong", Role.TALENT);
		Page page = Browser.newPage(this.port);
		try {
			page.navigate("/login");
			page.getByLabel("User name").fill(username);
			page.getByLabel("Password").fill("not-the-password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong user name or password.");
			assertThat(page.getByLabel("User name")).hasValue(username);
			assertThat(page.locator("#current-user")).hasCount(0);
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void theSignInPageListsTheDemoAccounts() {
		Page page = Browser.newPage(this.port);
		try {
			page.navigate("/login");

			assertThat(page.locator(".demo-accounts tr")).hasCount(5);
			page.locator(".demo-user[data-username=manager]").click();
			assertThat(page.getByLabel("User name")).hasValue("manager");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void signingOutEndsTheSession() {
		Page page = Browser.signIn(Browser.newPage(this.port), this.port, "talent");
		try {
			page.locator("#current-user").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

			page.waitForURL("**/login?logout");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have been signed out.");
			page.navigate("/account");
			page.waitForURL("**/login");
			assertThat(page.locator("#current-user")).hasCount(0);
		}
		finally {
			page.context().close();
		}
	}

}
