package io.cocareer.identity;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class AccountAdminBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void administratorOpensAnAccountAfterFixingAFieldErrorThenDisablesIt() {
		String employeeId = this.jdbc.sql("""
				select p.employee_id from person p
				where not exists (select 1 from account a where a.person_id = p.id)
				order by p.employee_id limit 1""").query(String.class).single();
		String username = IdentityFixtures.uniqueUsername("ui");
		Page page = Browser.signedIn(this.port, "admin");
		try {
			page.navigate("/admin/accounts");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New account")).click();
			page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person")).fill(employeeId);
			page.getByLabel("User name").fill("Not Valid");
			page.getByLabel("Initial password").fill("a-good-password");
			Browser.check(page.getByLabel("Talent", new Page.GetByLabelOptions().setExact(false)).first());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

			assertThat(page.locator("#username-errors")).containsText("lower-case letters");
			// the person typed by employee id stays chosen: their id in the form, their name in the box
			assertThat(page.locator("input[type=hidden][name=employeeId]")).hasValue(employeeId);
			assertThat(page.locator("#employeeId-chosen")).containsText(employeeId);

			page.getByLabel("User name").fill(username);
			page.getByLabel("Initial password").fill("a-good-password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

			assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account has been created");
			assertThat(page.locator("#account-status")).hasText("Enabled");

			page.onceDialog((dialog) -> dialog.accept());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable account")).click();

			assertThat(page.locator("#account-status")).hasText("Disabled");
			page.navigate("/admin/accounts");
			assertThat(page.locator("tr[data-username=" + username + "] .badge")).hasText("Disabled");
		}
		finally {
			page.context().close();
		}
	}

}
