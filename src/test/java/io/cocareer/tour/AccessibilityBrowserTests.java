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
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
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
 * axe-core in Chromium on every page, as each role sees it: no critical and no serious violation
 * anywhere. All violations found are listed at once. It lives with the tour tests for their
 * fixtures: the tours, packages and items it visits are made here through the API for a team
 * hired for the test (a manager and a talent in the pool who reports to them), who see the pages
 * of their tours and package as the demo's manager and talent see the rest.
 */
@IntegrationTest
class AccessibilityBrowserTests {

	/** The roles of the team hired for the test, signed in with the form (the others are demo users). */
	private static final String TEAM_MANAGER = "team manager";

	private static final String TEAM_TALENT = "team talent";

	@LocalServerPort
	int port;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tourService;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void noPageHasACriticalOrSeriousViolationForAnyRole() {
		assertThat(violationsOfAPageWithAnImageWithoutText())
			.as("axe, loaded once for all pages of a context, still audits the page it is run on")
			.anyMatch((v) -> v.startsWith("image-alt (critical"));
		Objects objects = prepare();
		List<String> violations = new ArrayList<>();
		Map<String, List<String>> pages = pagesByRole(objects, taraDeveloper(), offeredCandidate(), taraExchange(),
				conversationPage());
		pages.merge("talent", introductionPages("talent", "asked", "recordOutcome"), AccessibilityBrowserTests::concat);
		pages.merge("manager", introductionPages("manager", "brokered", "answer"), AccessibilityBrowserTests::concat);
		for (String role : List.of("lead", "manager", "talent")) {
			pages.merge(role, assessmentPages(role), AccessibilityBrowserTests::concat);
		}
		pages.forEach((role, paths) -> violations.addAll(audit(role, paths, objects.team())));
		if (!violations.isEmpty()) {
			fail(violations.size() + " critical or serious accessibility violations:\n"
					+ String.join("\n", violations));
		}
	}

	/**
	 * The objects the pages are about: the demo's people, the team, the team's package, a tour of
	 * the team's in conversation and a running one.
	 */
	private record Objects(String marco, String tara, String account, TourTeam team, UUID packageId, UUID proposed,
			UUID running, String workItem) {
	}

	private Objects prepare() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		ApiClient manager = team.managerApi();
		ApiClient talent = team.talentApi();
		// the team's talent is in the pool with a profile, which the tour pages show beside the mission
		designate(team.talent().personId());
		writeProfile(team);
		String marco = TourFixtures.personOf(this.port, "manager").toString();
		String tara = TourFixtures.personOf(this.port, "talent").toString();
		String account = ApiClient.as(this.port, "admin", "demo")
			.get("/api/v1/admin/accounts")
			.json()
			.get(0)
			.path("id")
			.asString();
		UUID packageId = TourFixtures.openPackage(team);

		// a tour in its mission conversation: a revision by each side and a comment
		UUID proposed = TourFixtures.proposeTour(team);
		String base = AgreementFixtures.base(proposed);
		manager.post(base + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Replace the onboarding spreadsheet", 0)));
		talent.post(base + "/mission/revisions",
				TourFixtures.json(AgreementFixtures.mission("Replace the onboarding spreadsheet together", 1)));
		talent.post(base + "/mission/comments", TourFixtures.json(Map.of("body", "Can we start with one team?", "revisionNo", 2)));

		// a running tour with a check-in, coaching asked for, an obstacle and a shared win
		UUID running = TourActivation.activeTour(team, this.transactions, this.tourRepository, this.tourService);
		JsonNode tour = manager.get("/api/v1/tours/" + running).json();
		LocalDate start = LocalDate.parse(tour.path("startOn").asString());
		talent.post("/api/v1/tours/" + running + "/check-ins",
				TourFixtures.json(TrackingFixtures.checkIn(start.plusDays(14), 35, "AT_RISK", "Blocked on access")));
		talent.post("/api/v1/tours/" + running + "/coaching", TourFixtures.json(Map.of("topic", "Presenting")));
		Map<String, Object> obstacle = new LinkedHashMap<>();
		obstacle.put("kind", "OBSTACLE");
		obstacle.put("what", "No access to the production logs");
		obstacle.put("impact", "HIGH");
		obstacle.put("ownerEmployeeId", team.manager().employeeId());
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
		return new Objects(marco, tara, account, team, packageId, proposed, running, workItem);
	}

	private static Map<String, List<String>> pagesByRole(Objects o, String developer, String candidate,
			List<String> exchange, String conversation) {
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
				"/tours/coaching", "/notifications", "/account", "/admin/audit", "/network/candidates",
				"/network/candidates/" + candidate, "/network/fund", "/network/review", "/alumni/conversations",
				"/alumni/conversations/new", conversation, "/alumni/people", "/alumni/tiers", "/alumni/directory",
				"/alumni/reentry", "/alumni/reentry/new", "/mobility", "/mobility/versions",
				"/mobility/versions/1", "/mobility/compare", "/mobility/edit", "/mobility/horizons", "/alumni/welcome",
				"/alumni/entry/coverage", "/alumni/review"), tours));
		pages.put("manager", List.of("/", "/team", "/people", "/people/" + o.tara(), "/talents/" + o.tara(), "/tours",
				"/tours/packages", "/tours/packages/" + o.packageId(), "/tours/packages/new", "/tours/new",
				"/tours/charter", "/tours/wins", "/tours/coaching", "/notifications", "/account", "/network",
				"/network/exchange", "/alumni/conversations", "/alumni/reentry", "/mobility/horizons"));
		pages.put("talent", List.of("/", "/talents/me", "/talents/" + o.tara() + "/edit", "/people",
				"/people/" + o.marco(), "/tours", "/tours/packages", "/tours/packages/" + o.packageId(),
				"/tours/charter", "/tours/wins", "/tours/coaching", "/notifications", "/account", "/network",
				"/network/developers/" + developer + "/edit", "/network/exchange", "/network/exchange/new?direction=REQUEST",
				exchange.get(0), exchange.get(1), "/network/plan", "/network/plan/activities/new", "/mobility",
				"/mobility/horizon", "/alumni/welcome"));
		// the team's tours and package, as their manager (the package's creator) and talent see them
		pages.put(TEAM_MANAGER, concat(List.of("/team", "/tours", "/tours/packages/" + o.packageId() + "/edit"), tours));
		pages.put(TEAM_TALENT, concat(List.of("/tours"), tours));
		pages.put("alumnus", List.of("/", "/notifications", "/account", "/alumni/directory", "/portal/profile", "/portal/return",
				"/mobility", "/alumni/welcome"));
		pages.put("admin", List.of("/", "/people", "/people/" + o.marco(), "/people/import", "/units",
				"/admin/accounts", "/admin/accounts/new", "/admin/accounts/" + o.account(), "/admin/audit",
				"/notifications", "/account"));
		pages.put("anonymous", List.of("/login", "/login?error"));
		// the toolbox guidance: its pages (the aside it adds beside the pages above is audited with them)
		pages.put("lead", concat(pages.get("lead"), List.of("/toolbox/guidance", "/toolbox/guidance/tours-of-duty",
				"/toolbox/guidance/open-developmental-networks", "/toolbox/guidance/alumni-and-boomerangs")));
		pages.put("talent", concat(pages.get("talent"), List.of("/toolbox/guidance", "/toolbox/guidance/tours-of-duty")));
		return pages;
	}

	/**
	 * The demo user's introductions, the form that asks for one, and one of theirs (seeded by the
	 * demo) where they have a step to take: Tara's outcome, Marco's answer.
	 */
	private List<String> introductionPages(String user, String side, String step) {
		List<String> pages = new ArrayList<>(List.of("/network/introductions", "/network/introductions/new"));
		ApiClient.as(this.port, user, "demo").get("/api/v1/network/introductions").json().path(side).forEach((i) -> {
			if (i.path("may").path(step).asBoolean() && pages.size() == 2) {
				pages.add("/network/introductions/" + i.path("id").asString());
			}
		});
		return pages;
	}

	/**
	 * The assessment centres of the demo as the user sees them: the list, each centre they read,
	 * the lead's wash-up and report of a participant, the manager's rating sheet, the talent's report.
	 */
	private List<String> assessmentPages(String user) {
		String api = "/api/v1/toolbox/assessment";
		ApiClient client = ApiClient.as(this.port, user, "demo");
		List<String> pages = new ArrayList<>(List.of("/toolbox/assessment"));
		client.get(api + "/centres").json().forEach((c) -> {
			String centre = "/toolbox/assessment/centres/" + c.path("id").asString();
			pages.add(centre);
			var detail = client.get(api + "/centres/" + c.path("id").asString()).json();
			if ("lead".equals(user) && "WASH_UP".equals(c.path("status").asString())) {
				String participant = detail.path("participants").get(0).path("personId").asString();
				pages.add(centre + "/wash-up/" + participant);
				// a report exists once its wash-up is finalised (centres of other test classes may have none)
				detail.path("participants").forEach((p) -> {
					if (p.path("finalised").asBoolean()) {
						pages.add(centre + "/reports/" + p.path("personId").asString());
					}
				});
			}
			if ("RATING".equals(c.path("status").asString()) && !detail.path("toRate").isEmpty()) {
				pages.add(centre + "/ratings/" + detail.path("toRate").get(0).asString());
			}
		});
		String me = TourFixtures.personOf(this.port, user).toString();
		client.get(api + "/reports").json()
			.forEach((r) -> pages.add("/toolbox/assessment/centres/" + r.path("centreId").asString() + "/reports/" + me));
		if ("lead".equals(user)) {
			assertThat(pages).as("the demo's centre after its wash-up has a report the lead reads")
				.anyMatch((page) -> page.contains("/reports/"));
		}
		return pages;
	}

	/** A pre-emptive exit conversation of the demo the talent lead reads (the first of their worklist). */
	private String conversationPage() {
		return "/alumni/conversations/"
				+ ApiClient.as(this.port, "lead", "demo").get("/api/v1/exit-conversations").json().get(0).path("id").asString();
	}

	/** A developer on Tara's developmental network, seeded by the demo, whose edit page is audited too. */
	private String taraDeveloper() {
		return ApiClient.as(this.port, "talent", "demo").get("/api/v1/me/network").json().path("developers").get(0)
			.path("id").asString();
	}

	/** A candidate at the offer, seeded by the demo: their page holds every form (assets, stage, hire, details). */
	private String offeredCandidate() {
		return ApiClient.as(this.port, "lead", "demo").get("/api/v1/network/candidates?stage=OFFER").json().get(0)
			.path("id").asString();
	}

	/** Tara's demo request in the resource exchange and the match waiting for her answer on it. */
	private List<String> taraExchange() {
		JsonNode waiting = ApiClient.as(this.port, "talent", "demo").get("/api/v1/network/exchange/matches").json()
			.valueStream().filter((m) -> m.path("awaitsYou").asBoolean()).findFirst().orElseThrow();
		return List.of("/network/exchange/items/" + waiting.path("requestId").asString(),
				"/network/exchange/matches/" + waiting.path("id").asString());
	}

	private List<String> audit(String role, List<String> paths, TourTeam team) {
		BrowserContext context = Browser.shared().newContext(Browser.options(this.port).setBypassCSP(true));
		context.setDefaultTimeout(15_000);
		Axe.installIn(context);
		Page page = context.newPage();
		List<String> found = new ArrayList<>();
		try {
			switch (role) {
				case "anonymous" -> {
				}
				case TEAM_MANAGER -> signIn(page, team.manager());
				case TEAM_TALENT -> signIn(page, team.talent());
				default -> Browser.signedIn(page, this.port, role);
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

	/** Signs a page of a context made here in as a member of the team, through the sign-in form. */
	private void signIn(Page page, TourTeam.Member member) {
		Browser.signIn(page, this.port, member.username(), TourTeam.PASSWORD);
	}

	/** The lead designates the person a talent, which starts their profile. */
	private void designate(UUID personId) {
		AgreementFixtures.expect(ApiClient.as(this.port, "lead", "demo").post("/api/v1/talents",
				TourFixtures.json(Map.of("personId", personId.toString(), "reason", "LONG_TERM_POTENTIAL", "evidence",
						"Grows fast", "reviewOn", LocalDate.now().plusMonths(6).toString(), "performance", 2,
						"potential", 3))), 201);
	}

	/** The team's talent fills every part of their profile that the tour pages show. */
	private void writeProfile(TourTeam team) {
		ApiClient talent = team.talentApi();
		String profile = "/api/v1/talents/" + team.talent().personId() + "/profile";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("values", List.of("Curiosity", "Craft"));
		body.put("shortTermAspiration", "Lead a cross-team delivery");
		body.put("longTermAspiration", "Head of platform");
		body.put("desiredRoles", List.of("Engineering lead"));
		body.put("personalBrand", "The one who makes onboarding easy");
		body.put("potentialStatement", "Ready for broader scope");
		body.put("competencies", List.of(Map.of("competencyId", TourFixtures.firstCompetency(this.port).toString(),
				"proficiency", 3, "evidence", "Shown in recent work")));
		body.put("version", talent.get(profile).json().path("version").asLong());
		AgreementFixtures.expect(talent.put(profile, TourFixtures.json(body)), 200);
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
