package io.cocareer.people;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PeopleDirectoryBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void typingNarrowsTheListWithoutReloadingThePage() {
		Page page = Browser.signedIn(this.port, "manager");
		try {
			page.navigate("/people");
			assertThat(page.locator("#people-table tbody tr")).hasCount(25);
			page.evaluate("window.stillTheSamePage = true");

			page.getByLabel("Search").pressSequentially("marco ross", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));

			assertThat(page.locator("#people-count")).hasText("1 person");
			assertThat(page.locator("#people-table tbody tr")).hasCount(1);
			assertThat(page.locator("#people-table")).containsText("Marco Rossi");
			assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=marco.*"));

			page.getByLabel("Search").fill("nobody-has-this-name");
			assertThat(page.locator("#people-empty")).isVisible();
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void thePagerMovesThroughTheDirectory() {
		Page page = Browser.signedIn(this.port, "lead");
		try {
			page.navigate("/people");
			String firstOnPageOne = page.locator("#people-table tbody tr").first().innerText();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")).first().click();

			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*page=1.*"));
			assertThat(page.locator("#people-table tbody tr").first()).not().hasText(firstOnPageOne);
			assertThat(page.locator("#people-results")).containsText("2 of");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void theSearchFormAlsoWorksWithoutJavaScript() {
		Page page = Browser.signedIn(this.port, "talent");
		try {
			page.navigate("/people?q=tara+nguyen");

			assertThat(page.locator("#people-table tbody tr")).hasCount(1);
			page.locator("#people-table tbody tr a").first().click();
			assertThat(page.locator("#person-name")).hasText("Tara Nguyen");
			assertThat(page.locator("#person-manager")).hasText("Marco Rossi");
		}
		finally {
			page.context().close();
		}
	}

}
