package io.cocareer.toolbox.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.Axe;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cocareer.toolbox.workshop.WorkshopPeople.API;
import static io.cocareer.toolbox.workshop.WorkshopPeople.create;
import static io.cocareer.toolbox.workshop.WorkshopPeople.workshop;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workshop pages in a browser: none has a serious or critical accessibility violation (axe),
 * for the talent lead, the manager who facilitates and the talent, a form with its errors
 * included; and a talent enrols with the button and sees their place.
 */
@IntegrationTest
class WorkshopBrowserTests {

	private static final String PAGES = "/toolbox/workshops";

	@LocalServerPort
	int port;

	private Map<String, String> demo() {
		Map<String, String> ids = new LinkedHashMap<>();
		ApiClient.as(this.port, "lead", "demo").get(API).json().forEach((JsonNode w) -> ids.putIfAbsent(
				w.path("title").asString(), w.path("id").asString()));
		return ids;
	}

	@Test
	void everyWorkshopPageIsAccessible() {
		Map<String, String> demo = demo();
		String held = PAGES + "/" + demo.get("Plan your next two years");
		String full = PAGES + "/" + demo.get("Networking for your next role");
		List<String> found = new ArrayList<>();
		found.addAll(audit("lead", List.of("/toolbox", PAGES, PAGES + "/new", held, held + "/manage", full,
				full + "/manage", full + "/edit"), true));
		found.addAll(audit("manager", List.of(PAGES, full, full + "/manage"), false));
		found.addAll(audit("talent", List.of(PAGES, full, held), false));
		assertThat(found).isEmpty();
	}

	@Test
	void aTalentEnrolsWithTheButtonAndSeesTheirPlace() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		String id = create(lead,
				workshop("Your career story (browser)", java.util.UUID.fromString(demoLead(lead)), 8, 5, "EVERYONE"));
		Page page = Browser.signedIn(this.port, "talent");
		try {
			page.navigate(PAGES + "/" + id);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol")).click();
			assertThat(page.locator("#you-enrolled")).hasText("You are enrolled.");
			assertThat(page.locator("#seats")).containsText("1 of 5 taken, 4 free");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give up my seat")).click();
			assertThat(page.locator("#enrol-form")).isVisible();
		}
		finally {
			page.context().close();
		}
	}

	/** The demo lead's person id, read from the workshop they facilitate. */
	private String demoLead(ApiClient lead) {
		return lead.get(API + "/" + demo().get("Plan your next two years")).json().path("facilitatorId").asString();
	}

	private List<String> audit(String role, List<String> paths, boolean withFormErrors) {
		BrowserContext context = Browser.shared().newContext(Browser.options(this.port).setBypassCSP(true));
		context.setDefaultTimeout(15_000);
		Axe.installIn(context);
		Page page = context.newPage();
		List<String> found = new ArrayList<>();
		try {
			Browser.signedIn(page, this.port, role);
			for (String path : paths) {
				Response response = page.navigate(path);
				if (response == null || response.status() >= 400) {
					found.add("[%s] %s: answered %s".formatted(role, path, (response != null) ? response.status() : "nothing"));
				}
				Axe.seriousViolations(page).forEach((v) -> found.add("[%s] %s: %s".formatted(role, path, v)));
			}
			if (withFormErrors) {
				page.navigate(PAGES + "/new");
				page.locator("#capacity").fill("0");
				Browser.submit(page, page.locator("#workshop-form button[type=submit]"));
				assertThat(page.locator("#capacity-errors")).containsText("There is at least one seat.");
				Axe.seriousViolations(page).forEach((v) -> found.add("[%s] new with errors: %s".formatted(role, v)));
			}
		}
		finally {
			context.close();
		}
		return found;
	}

}
