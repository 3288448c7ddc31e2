package io.cocareer.toolbox.diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import io.cocareer.support.Axe;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnostic's pages in a real browser with axe: no critical or serious accessibility
 * violation as the demo's lead (the list, starting one, a result, a comparison, an open one) and
 * talent (answering the open one).
 */
@IntegrationTest
class DiagnosticBrowserTests {

	private static final Pattern LINK = Pattern.compile("href=\"(/toolbox/diagnostic/[0-9a-f-]{36})\"[^>]*>([^<]+)<");

	@LocalServerPort
	int port;

	@Test
	void theDiagnosticsPagesHaveNoSeriousAccessibilityViolations() {
		List<String> found = new ArrayList<>();
		found.addAll(audit("lead", List.of("/toolbox", "/toolbox/diagnostic", "/toolbox/diagnostic/new"), true));
		found.addAll(audit("talent", List.of("/toolbox", "/toolbox/diagnostic"), false));
		assertThat(found).isEmpty();
	}

	private List<String> audit(String role, List<String> paths, boolean lead) {
		BrowserContext context = Browser.shared().newContext(Browser.options(this.port).setBypassCSP(true));
		context.setDefaultTimeout(15_000);
		Axe.installIn(context);
		Page page = context.newPage();
		List<String> found = new ArrayList<>();
		try {
			Browser.signedIn(page, this.port, role);
			List<String> all = new ArrayList<>(paths);
			page.navigate("/toolbox/diagnostic");
			String list = page.content();
			String latest = pathOf(list, "Organisation, this year");
			String open = pathOf(list, "Organisation, follow-up after the pilots");
			all.add(latest);
			all.add(open);
			if (lead) {
				page.navigate(latest);
				Matcher compare = Pattern.compile("href=\"(/toolbox/diagnostic/compare\\?[^\"]+)\"").matcher(page.content());
				assertThat(compare.find()).isTrue();
				all.add(compare.group(1).replace("&amp;", "&"));
			}
			else {
				all.add(open + "/answers");
			}
			for (String path : all) {
				Response response = page.navigate(path);
				if (response == null || response.status() >= 400) {
					found.add("[%s] %s: answered %s".formatted(role, path, (response != null) ? response.status() : "nothing"));
				}
				Axe.seriousViolations(page).forEach((v) -> found.add("[%s] %s: %s".formatted(role, path, v)));
				if (System.getProperty("diagnostic.screenshots") != null) {
					page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
						.setPath(Path.of(System.getProperty("diagnostic.screenshots"),
								role + path.replaceAll("[^a-z0-9]+", "-") + ".png")));
				}
			}
		}
		finally {
			context.close();
		}
		return found;
	}

	private static String pathOf(String listPage, String title) {
		Matcher matcher = LINK.matcher(listPage);
		while (matcher.find()) {
			if (matcher.group(2).trim().equals(title)) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("No link to " + title);
	}

}
