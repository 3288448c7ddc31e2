package io.cocareer.tour;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.ApiClient;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tour of duty from its work package to its closing review, in Chromium, by a manager and a
 * talent in the talent pool who reports to them (a team hired for the test) taking turns in their
 * own browsers, and the talent lead (who sponsors the package) watching it in the overview and
 * endorsing a win.
 */
@IntegrationTest
class TourJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void fromAWorkPackageToTheClosingReview() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		String managerName = team.manager().name();
		String talentName = team.talent().name();
		// she is a talent of the pool, whose profile her manager reads beside the tour form
		designate(team.talent().personId());
		// the manager's open package, sponsored by the talent lead
		java.util.Map<String, Object> request = TourFixtures.aPackage(this.port, TourFixtures.employeeIdOf(this.port, "lead"));
		String packageTitle = (String) request.get("title");
		ApiClient manager = team.managerApi();
		UUID packageId = UUID.fromString(manager.post("/api/v1/work-packages", TourFixtures.json(request)).json().path("id").asString());
		TourFixtures.packageStatus(this.port, manager, packageId, "OPEN");
		String packagePage = "/tours/packages/" + packageId;
		// a tour that has run its six months up to today: signed now it runs at once, its check-ins
		// have come, and it closes without ending early; its win, a few months old, comes before
		// those of tours that ran years ago on the lead's wall of wins (newest first, 20 a page)
		LocalDate start = LocalDate.now().minusMonths(6);
		String winTitle = "Onboarding in a day " + Long.toString(System.nanoTime(), 36);

		// the talent finds the package and says she is interested
		inBrowser(team.talent(), (talent) -> {
			talent.navigate(packagePage);
			talent.locator("#note").fill("I onboarded three people last quarter");
			talent.locator("#express-interest").click();
			assertThat(talent.locator("#own-interest")).isVisible();
		});

		// her manager proposes the tour from the package, with her profile beside the form
		String[] tourPath = new String[1];
		inBrowser(team.manager(), (page) -> {
			page.navigate(packagePage);
			page.locator("#interested-people .propose-tour").first().click();
			page.waitForURL("**/tours/new**");
			assertThat(page.locator("#talent-profile-panel")).containsText(talentName);
			assertThat(page.locator("#title")).hasValue(packageTitle);
			page.locator("#startOn").fill(start.toString());
			page.locator("#endOn").fill(start.plusMonths(6).toString());
			page.locator("#submit-tour").click();
			page.waitForURL((url) -> url.matches(".*/tours/[0-9a-f-]{36}$"));
			tourPath[0] = page.url().substring(page.url().indexOf("/tours/"));
			assertThat(page.locator("#tour-state")).hasText("Draft");

			page.navigate(tourPath[0] + "/mission");
			assertThat(page.locator("#talent-profile-panel")).isVisible();
			page.locator("#objective").fill("Replace the onboarding spreadsheet with a flow.");
			page.locator("#companyGains").fill("Joiners are productive sooner.");
			page.locator("#talentGains").fill("Leading a cross-team delivery.");
			page.locator("#successMeasures").fill("New joiners onboard in one day.");
			Browser.submit(page, page.locator("#save-mission"));
			page.waitForURL("**" + tourPath[0] + "/mission");
			assertThat(page.locator("#tour-state")).hasText("In conversation");
		});
		String tour = tourPath[0];

		inBrowser(team.talent(), (page) -> {
			toldOf(page, managerName + " proposes a tour of duty for you: \"" + packageTitle + "\"");
			toldOf(page, managerName + " revised the mission of the tour \"" + packageTitle + "\"");
			page.navigate(tour + "/mission");
			page.locator("#objective").fill("Replace the onboarding spreadsheet with a self-service flow.");
			Browser.submit(page, page.locator("#save-mission"));
			page.waitForURL("**" + tour + "/mission");
			assertThat(page.locator("#diff-objective ins")).containsText("self-service");
		});

		inBrowser(team.manager(), (page) -> {
			toldOf(page, talentName + " revised the mission of the tour \"" + packageTitle + "\"");
			page.navigate(tour + "/agreement");
			page.locator("#scope").fill("The onboarding flow for engineering joiners");
			page.locator("#deliverables").fill("A working flow and a runbook");
			page.locator("#learningGoals").fill("Product discovery");
			page.locator("#visibilityMoments").fill("Demo at the all-hands");
			page.locator("#companyResources").fill("A designer two days a week");
			page.locator("#companySponsorship").fill("The talent lead sponsors it");
			page.locator("#companyCoaching").fill("Monthly with a product lead");
			page.locator("#companyExposure").fill("Steering meetings");
			page.locator("#talentCommitments").fill("Deliver the flow and share what was learned");
			Browser.submit(page, page.locator("#save-agreement"));
			page.waitForURL("**" + tour + "/agreement");
			Browser.submit(page, page.locator("#send-agreement"));
			page.waitForURL("**" + tour + "/agreement");
			assertThat(page.locator("#tour-state")).hasText("Awaiting signatures");
		});

		inBrowser(team.talent(), (page) -> {
			toldOf(page, "The agreement for the tour \"" + packageTitle + "\" awaits your signature");
			page.navigate(tour + "/agreement");
			assertThat(page.locator("#agreement-document")).containsText("We do not offer lifetime employment");
			Browser.check(page.locator("#rofcAcknowledged"));
			Browser.submit(page, page.locator("#sign-agreement"));
			page.waitForURL("**" + tour + "/agreement");
			assertThat(page.locator("#doc-talent-signature")).containsText("Signed by " + talentName);
		});

		inBrowser(team.manager(), (page) -> {
			toldOf(page, talentName + " signed the agreement for the tour \"" + packageTitle + "\". It awaits your signature");
			page.navigate(tour + "/agreement");
			Browser.submit(page, page.locator("#sign-agreement"));
			page.waitForURL("**" + tour + "/agreement");
			assertThat(page.locator("#tour-state")).hasText("Active");
		});

		// she checks in, at risk, and asks for coaching; then she shares a win with the sponsor only
		inBrowser(team.talent(), (page) -> {
			toldOf(page, managerName + " signed too: the agreement for the tour \"" + packageTitle + "\" binds");
			page.navigate(tour + "/check-ins");
			page.locator("#heldOn").fill(start.plusDays(14).toString());
			page.locator("#progress").fill("30");
			page.locator("#status").selectOption("AT_RISK");
			page.locator("#milestones").fill("[x] Interviews with joiners\nPrototype");
			page.locator("#note").fill("The designer is not available yet");
			Browser.submit(page, page.locator("#save-check-in"));
			page.waitForURL("**" + tour + "/check-ins");
			assertThat(page.locator("#check-ins")).containsText("At risk");
			page.locator("#topic").fill("Running workshops with senior people");
			Browser.submit(page, page.locator("#ask-coaching button"));
			page.waitForURL("**" + tour + "/check-ins**");
			assertThat(page.locator("#coaching")).containsText("Running workshops with senior people");

			page.navigate(tour + "/wins");
			page.locator("#title").fill(winTitle);
			page.locator("#story").fill("Three joiners onboarded themselves in a day.");
			page.locator("#wonOn").fill(start.plusDays(20).toString());
			Browser.check(page.locator("input[name=audience][value=SPONSOR]"));
			Browser.submit(page, page.locator("#save-win"));
			page.waitForURL("**" + tour + "/wins");
			assertThat(page.locator("#tour-wins")).containsText(winTitle);

			// an obstacle in her way, for her manager to remove
			page.navigate(tour + "/work");
			page.locator("#add-obstacles summary").click();
			page.locator("#obstacles-what").fill("No access to the production logs");
			page.locator("#obstacles-impact").selectOption("HIGH");
			// the owner box starts with the manager's name; she chooses him by name anyway
			page.locator("#obstacles-ownerEmployeeId").fill("");
			page.locator("#obstacles-ownerEmployeeId").pressSequentially(managerName.toLowerCase(java.util.Locale.ROOT));
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(managerName)).click();
			page.locator("#obstacles-dueOn").fill(LocalDate.now().plusDays(5).toString());
			Browser.submit(page, page.locator("#save-obstacles"));
			page.waitForURL("**" + tour + "/work**");
			assertThat(page.locator("#obstacles")).containsText("No access to the production logs");
		});

		// her manager is asked to remove it, and does
		inBrowser(team.manager(), (page) -> {
			toldOf(page, talentName + " asks you to remove the obstacle \"No access to the production logs\"");
			page.navigate(tour + "/work");
			page.locator("#obstacles a", new Page.LocatorOptions().setHasText("Update")).first().click();
			page.locator("#status").selectOption("RESOLVED");
			page.locator("#statusNote").fill("Access granted by the platform team");
			Browser.submit(page, page.locator("#save-item"));
			page.waitForURL("**" + tour + "/work**");
			assertThat(page.locator("#obstacles .work-status")).hasText("Resolved");
		});

		// the talent lead sponsors the package: sees the win, endorses it, and sees the tour at risk
		inBrowser("lead", (page) -> {
			toldOf(page, talentName + " is interested in your work package \"" + packageTitle + "\"");
			toldOf(page, "A check-in on the tour \"" + packageTitle + "\" of " + talentName);
			page.navigate("/tours/wins");
			page.locator("article.win", new Page.LocatorOptions().setHasText(winTitle)).locator(".endorse").click();
			assertThat(page.locator("article.win", new Page.LocatorOptions().setHasText(winTitle)).locator(".endorsement"))
				.containsText("Hannah Berger");
			page.navigate("/tours/overview");
			assertThat(page.locator("#at-risk-tours")).containsText(packageTitle);
		});

		// the manager starts the closing review; each side writes its part; the manager completes it
		inBrowser(team.manager(), (page) -> {
			page.navigate(tour);
			Browser.submit(page, page.locator("#start-closing-review"));
			page.waitForURL("**" + tour);
			assertThat(page.locator("#tour-state")).hasText("In closing review");
			page.navigate(tour + "/closing-review");
			assertThat(page.locator("#mission-measures")).containsText("New joiners onboard in one day.");
			page.locator("#companyResults").fill("Onboarding takes one day for most joiners.");
			Browser.check(page.locator("input[name=nextStep][value=NEW_TOUR]"));
			page.locator("#nextStepNote").fill("A transformational tour on the hiring flow");
			Browser.submit(page, page.locator("#save-company"));
			page.waitForURL("**" + tour + "/closing-review**");
		});
		inBrowser(team.talent(), (page) -> {
			toldOf(page, managerName + " marked the obstacle \"No access to the production logs\" on the tour \""
					+ packageTitle + "\" resolved");
			toldOf(page, managerName + " started the closing review of the tour \"" + packageTitle + "\"");
			page.navigate(tour + "/closing-review");
			page.locator("#talentResults").fill("The flow is live; two teams use it.");
			page.locator("#gainedSkills").fill("Facilitation");
			page.locator("#gainedKnowledge").fill("How onboarding works across units");
			page.locator("#gainedNetwork").fill("People leads of three units");
			page.locator("#gainedReputation").fill("Known for the onboarding flow");
			Browser.submit(page, page.locator("#save-talent"));
			page.waitForURL("**" + tour + "/closing-review**");
		});
		inBrowser(team.manager(), (page) -> {
			page.navigate(tour + "/closing-review");
			Browser.submit(page, page.locator("#complete-review"));
			page.waitForURL("**" + tour + "/closing-review**");
			assertThat(page.locator("#tour-state")).hasText("Completed");
			assertThat(page.locator("#closing-completed")).isVisible();
		});

		inBrowser("lead", (page) -> {
			page.navigate("/tours?state=COMPLETED");
			assertThat(page.locator("#tour-list")).containsText(packageTitle);
			page.navigate("/tours/overview");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Completed"))).isVisible();
		});
	}

	/** The signed-in user's notifications list a notice with this text. */
	private static void toldOf(Page page, String text) {
		page.navigate("/notifications");
		assertThat(page.locator("#notifications")).containsText(text);
	}

	/** The steps in a browser of the demo user's (password demo). */
	private void inBrowser(String username, java.util.function.Consumer<Page> steps) {
		inBrowser(Browser.signedIn(this.port, username), steps);
	}

	/** The steps in a browser of the team member's, signed in through the sign-in form. */
	private void inBrowser(TourTeam.Member member, java.util.function.Consumer<Page> steps) {
		Page page = Browser.newPage(this.port);
		Browser.signIn(page, this.port, member.username(), TourTeam.PASSWORD);
		inBrowser(page, steps);
	}

	private static void inBrowser(Page page, java.util.function.Consumer<Page> steps) {
		try {
			steps.accept(page);
		}
		finally {
			page.context().close();
		}
	}

	/** The lead designates the person a talent, which starts their profile. */
	private void designate(UUID personId) {
		ApiClient.Response designated = ApiClient.as(this.port, "lead", "demo").post("/api/v1/talents",
				TourFixtures.json(java.util.Map.of("personId", personId.toString(), "reason", "LONG_TERM_POTENTIAL",
						"evidence", "Grows fast", "reviewOn", LocalDate.now().plusMonths(6).toString(), "performance",
						2, "potential", 3)));
		if (designated.status() != 201) {
			throw new IllegalStateException("Could not designate: " + designated.body());
		}
	}

}
