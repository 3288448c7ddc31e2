package io.cocareer;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages keep working under the Content-Security-Policy: Chromium blocks no script and no
 * style on the main pages of each role (a blocked one is reported on the console).
 */
@IntegrationTest
class ContentSecurityPolicyBrowserTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "lead, /;/talents;/tours;/people;/account;/admin/audit;/notifications;/tours/packages",
			"manager, /;/team;/tours;/people;/tours/packages;/account",
			"talent, /;/talents/me;/tours;/account",
			"admin, /;/admin/accounts;/people;/account" })
	void noScriptOrStyleIsBlocked(String username, String paths) {
		List<String> blocked = new ArrayList<>();
		Page page = pageReportingWhatIsBlocked(blocked);
		try {
			page.navigate("/login");
			// the demo accounts' buttons fill in the user name: a script of static/js/app.js, once inline
			page.locator(".demo-user").first().click();
			assertThat(page.locator("#username").inputValue()).isNotBlank();
			Browser.signIn(page, this.port, username);
			for (String path : paths.split(";")) {
				com.microsoft.playwright.Response response = page.navigate(path);
				page.waitForLoadState();
				assertThat(response.status()).as(path).isLessThan(400);
			}
		}
		finally {
			page.context().close();
		}
		assertThat(blocked).isEmpty();
	}

	/** The control: this browser reports what the policy blocks, so an empty list above means something. */
	@Test
	void anInlineScriptIsBlockedAndReported() {
		List<String> blocked = new ArrayList<>();
		Page page = pageReportingWhatIsBlocked(blocked);
		try {
			page.navigate("/login");
			page.evaluate("""
					() => { const script = document.createElement('script');
					        script.textContent = 'document.body.dataset.inline = "ran"';
					        document.body.append(script); }""");
			page.waitForCondition(() -> !blocked.isEmpty());
			assertThat(page.evaluate("() => document.body.dataset.inline")).isNull();
		}
		finally {
			page.context().close();
		}
		assertThat(blocked).anyMatch((text) -> text.contains("inline script"));
	}

	/** A new page that adds what the policy blocks, with the page's address, to {@code blocked}. */
	private Page pageReportingWhatIsBlocked(List<String> blocked) {
		Page page = Browser.newPage(this.port);
		page.onConsoleMessage((message) -> {
			if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
				blocked.add(page.url() + ": " + message.text());
			}
		});
		return page;
	}

}
