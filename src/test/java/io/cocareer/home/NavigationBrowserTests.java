package io.cocareer.home;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation bar as a laptop shows it (1280 pixels wide, the browser tests' screen): every
 * demo user's bar, the talent lead's the longest (ten links and the Administration menu), fits on
 * one line without pushing the page sideways or the user's menu off the screen.
 */
@IntegrationTest
class NavigationBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void everyUsersBarFitsALaptopScreen() {
		for (String user : new String[] { "lead", "manager", "talent", "admin", "alumnus" }) {
			Page page = Browser.signedIn(this.port, user);
			try {
				assertThat(page.locator("#current-user")).isInViewport();
				Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"
						+ " && document.querySelector('#current-user').getBoundingClientRect().right <= window.innerWidth");
				assertThat(fits).as("the bar of " + user + " fits 1280 pixels").isEqualTo(Boolean.TRUE);
				Object height = page.evaluate("() => document.querySelector('nav.app-navbar').offsetHeight");
				assertThat(((Number) height).intValue()).as("the bar of " + user + " is one line").isLessThan(70);
			}
			finally {
				page.context().close();
			}
		}
	}

}
