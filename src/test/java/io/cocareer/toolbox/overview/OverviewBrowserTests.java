package io.cocareer.toolbox.overview;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import io.cocareer.support.Axe;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview in the browser: Chart.js draws both trends' canvases, with no console error (the CSP allows no inline script). */
@IntegrationTest
class OverviewBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theChartsAreDrawnWithoutAConsoleError() {
		Page page = Browser.signedIn(this.port, "lead");
		try {
			List<String> errors = new ArrayList<>();
			page.onConsoleMessage((message) -> {
				if (message.type().equals("error")) {
					errors.add(message.text());
				}
			});
			page.onPageError(errors::add);
			page.navigate("/toolbox/overview");
			page.waitForSelector("#chart-people[data-drawn=true]");
			for (String id : List.of("chart-tours", "chart-people")) {
				Object drawn = page.evaluate("(id) => { const c = document.getElementById(id);"
						+ " return !!window.Chart && !!window.Chart.getChart(c) && c.width > 0 && c.height > 0; }", id);
				assertThat(drawn).as(id).isEqualTo(true);
			}
			page.navigate("/toolbox/infographic");
			Object loaded = page.evaluate("() => { const i = document.getElementById('infographic-preview');"
					+ " return i.complete && i.naturalWidth > 0; }");
			assertThat(loaded).as("the preview image loads").isEqualTo(true);
			assertThat(errors).isEmpty();
		}
		finally {
			page.context().close();
		}
	}

	/** Both pages pass axe's serious checks, as the lead and as a talent (the shared audit lists no toolbox page). */
	@Test
	void thePagesHaveNoSeriousAccessibilityViolation() {
		List<String> found = new ArrayList<>();
		for (String user : List.of("lead", "talent")) {
			BrowserContext context = Browser.shared().newContext(Browser.options(this.port).setBypassCSP(true));
			try {
				Axe.installIn(context);
				Page page = Browser.signedIn(context.newPage(), this.port, user);
				List<String> paths = user.equals("lead") ? List.of("/toolbox", "/toolbox/overview", "/toolbox/infographic")
						: List.of("/toolbox", "/toolbox/infographic");
				for (String path : paths) {
					page.navigate(path);
					Axe.seriousViolations(page).forEach((v) -> found.add("[%s] %s: %s".formatted(user, path, v)));
				}
			}
			finally {
				context.close();
			}
		}
		assertThat(found).isEmpty();
	}

}
