package io.cocareer.tour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.support.ApiClient;
import io.cocareer.support.Axe;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.tracking.TrackingFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * axe-core in Chromium on every page, as each demo role sees it: no critical and no serious
 * violation anywhere. All violations found are listed at once. It lives with the tour tests for
 * their fixtures: the tours, packages and items it visits are made here through the API.
 */
@IntegrationTest
class AccessibilityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tourService;

	@Test
	void noPageHasACriticalOrSeriousViolationForAnyRole() {
		assertThat(violationsOfAPageWithAnImageWithoutText())
			.as("axe, loaded once for all pages of a context, still audits the page it is run on")
			.anyMatch((v) -> v.startsWith("image-alt (critical"));
		Objects objects = prepare();
		try {
			List<String> violations = new ArrayList<>();
			pagesByRole(objects).forEach((role, paths) -> violations.addAll(audit(role, paths)));
			if (!violations.isEmpty()) {
				fail(violations.size() + " critical or serious accessibility violations:\n"
						+ String.join("\n", violations));
			}
		}
		finally {
			TourFixtures.closePackage(this.port, objects.packageId());
		}
	}

	/** The objects the pages are about: people, a package, a tour in conversation and a running one. */
	private record Objects(String marco, String tara, String account, UUID packageId, UUID proposed, UUID running,
			String workItem) {
	}

	private Objects prepare() {
		ApiClient manager = ApiClient.as(this.port, "manager", "demo");
		ApiClient talent = ApiClient.as(this.port, "talent", "demo");
		String marco = TourFixtures.personOf(this.port, "manager").toString();
		String tara = TourFixtures.personOf(this.port, "talent").toString();
		String account = ApiClient.as(this.port, "admin", "demo")
			.get("/api/v1/admin/accounts")
			.json()
			.get(0)
			.path("id")
			.asString();
		UUID packageId = TourFixtures.openPackage(this.port);

		// a tour in its mission conversation: a revision by each side and a comment
		UUID proposed = AgreementFixtures.tourForTara(this.port);
		String base = AgreementFixtures.base(proposed);
		manager.post(base + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Replace the onboarding spreadsheet", 0)));
		talent.post(base + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Replace the onboarding spreadsheet together", 1)));
		talent.post(base + "/mission/comments", TourFixtures.json(Map.of("body", "Can we start with one team?", "revisionNo", 2)));

		// a running tour with a check-in, coaching asked for, an obstacle and a shared win
		UUID running = TourActivation.activeTourForTara(this.port, this.transactions, this.tourRepository,
				this.tourService);
		JsonNode tour = manager.get("/api/v1/tours/" + running).json();
		LocalDate start = LocalDate.parse(tour.path("startOn").asString());
		talent.post("/api/v1/tours/" + running + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(14), 35, "AT_RISK", "Blocked on access")));
		talent.post("/api/v1/tours/" + running + "/coaching", TourFixtures.json(Map.of("topic", "Presenting")));
		Map<String, Object> obstacle = new LinkedHashMap<>();
		obstacle.put("kind", "OBSTACLE");
		obstacle.put("what", "No access to the production logs");
		obstacle.put("impact", "HIGH");
		obstacle.put("ownerEmployeeId", TourFixtures.employeeIdOf(this.port, "manager"));
		obstacle.put("dueOn", LocalDate.now().plusDays(3).toString());
		String workItem = talent.post("/api/v1/tours/" + running + "/work", TourFixtures.json(obstacle))
			.json()
			.path("id")
			.asString();
		Map<String, Object> win = new LinkedHashMap<>();
		win.put("title", "Pilot live");
		win.put("story", "Two teams onboard with the new flow.");
		win.put("wonOn", start.plusDays(20).toString());
		win.put("audience", "ORGANISATION");
		talent.post("/api/v1/tours/" + running + "/wins", TourFixtures.json(win));
		return new Objects(marco, tara, account, packageId, proposed, running, workItem);
	}

	private static Map<String, List<String>> pagesByRole(Objects o) {
		List<String> tours = new ArrayList<>();
		for (UUID tour : List.of(o.proposed(), o.running())) {
			for (String page : List.of("", "/plan", "/mission", "/agreement", "/check-ins", "/work", "/wins",
					"/closing-review")) {
				tours.add("/tours/" + tour + page);
			}
		}
		tours.add("/tours/" + o.running() + "/work/" + o.workItem());
		Map<String, List<String>> pages = new LinkedHashMap<>();
		pages.put("lead", concat(List.of("/", "/people", "/people/" + o.marco(), "/people/new",
				"/people/" + o.tara() + "/edit", "/people/import", "/units", "/talents", "/talents/nine-box",
				"/talents/nine-box/labels", "/talents/" + o.tara(), "/talents/" + o.tara() + "/designation",
				"/talents/designate", "/talents/competencies", "/tours", "/tours/packages",
				"/tours/packages/" + o.packageId(), "/tours/packages/new", "/tours/packages/" + o.packageId() + "/edit",
				"/tours/charter", "/tours/charter/edit", "/tours/new", "/tours/overview", "/tours/wins",
				"/tours/coaching", "/notifications", "/account", "/admin/audit"), tours));
		pages.put("manager", concat(List.of("/", "/team", "/people", "/people/" + o.tara(), "/talents/" + o.tara(),
				"/tours", "/tours/packages", "/tours/packages/" + o.packageId(),
				"/tours/packages/" + o.packageId() + "/edit", "/tours/packages/new", "/tours/new", "/tours/charter",
				"/tours/wins", "/tours/coaching", "/notifications", "/account"), tours));
		pages.put("talent", concat(List.of("/", "/talents/me", "/talents/" + o.tara() + "/edit", "/people",
				"/people/" + o.marco(), "/tours", "/tours/packages", "/tours/packages/" + o.packageId(),
				"/tours/charter", "/tours/wins", "/tours/coaching", "/notifications", "/account"), tours));
		pages.put("alumnus", List.of("/", "/notifications", "/account"));
		pages.put("admin", List.of("/", "/people", "/people/" + o.marco(), "/people/import", "/units",
				"/admin/accounts", "/admin/accounts/new", "/admin/accounts/" + o.account(), "/admin/audit",
				"/notifications", "/account"));
		pages.put("anonymous", List.of("/login", "/login?error"));
		return pages;
	}

	private List<String> audit(String role, List<String> paths) {
		BrowserContext context = Browser.shared().newContext(Browser.options(this.port).setBypassCSP(true));
		context.setDefaultTimeout(15_000);
		Axe.installIn(context);
		Page page = context.newPage();
		List<String> found = new ArrayList<>();
		try {
			if (!"anonymous".equals(role)) {
				Browser.signedIn(page, this.port, role);
			}
			for (String path : paths) {
				// navigate waits for the load event: every page is rendered on the server, none loads
				// more afterwards (waiting for the network to idle cost half a second a page)
				Response response = page.navigate(path);
				if (response == null || response.status() >= 400) {
					found.add("[%s] %s: answered %s".formatted(role, path, (response != null) ? response.status() : "nothing"));
				}
				Axe.seriousViolations(page).forEach((v) -> found.add("[%s] %s: %s".formatted(role, path, v)));
			}
		}
		finally {
			context.close();
		}
		return found;
	}

	private List<String> violationsOfAPageWithAnImageWithoutText() {
		BrowserContext context = Browser.shared().newContext(Browser.options(this.port).setBypassCSP(true));
		try {
			Axe.installIn(context);
			Page page = context.newPage();
			page.navigate("/login");
			page.evaluate("() => document.querySelector('main').append(document.createElement('img'))");
			return Axe.seriousViolations(page);
		}
		finally {
			context.close();
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
