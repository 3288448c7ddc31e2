package io.cocareer.tour.catalogue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourFixtures;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class WorkPackageBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void leadCreatesAPackageTalentExpressesInterestAndLeadSeesIt() {
		String title = "Mentoring circle pilot " + Long.toString(System.nanoTime(), 36);
		String sponsor = TourFixtures.employeeIdOf(this.port, "manager");
		String packageUrl;

		Page lead = Browser.signedIn(this.port, "lead");
		try {
			lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tours").setExact(true)).click();
			// the main menu leads to the tours; the catalogue is a tab of the tours area
			lead.waitForURL("**/tours");
			lead.locator("#tours-subnav a[href$='/tours/packages']").click();
			lead.waitForURL("**/tours/packages**");
			lead.locator("#new-package").click();
			lead.waitForURL("**/tours/packages/new");

			lead.locator("#title").fill(title);
			lead.locator("#description").fill("Pair new managers with experienced ones for six months.");
			lead.locator("#expectedResults").fill("Twelve pairs, a playbook, a retention check after a year.");
			lead.locator("#sponsorEmployeeId").fill(sponsor);
			lead.locator("#unitId").selectOption(new SelectOption().setIndex(1));
			lead.locator("#startOn").fill("2027-03-01");
			// the end before the start: refused next to the field, everything typed is kept
			lead.locator("#endOn").fill("2027-02-01");
			lead.locator("#timeShare").fill("20");
			lead.locator("#seats").fill("3");
			lead.locator("#tourType").selectOption("TRANSFORMATIONAL");
			lead.locator("#challengingRating").selectOption("4");
			lead.locator("#challengingJustification").fill("Leading peers is new to most");
			lead.locator("#interestingRating").selectOption("4");
			lead.locator("#interestingJustification").fill("Managers asked for it");
			lead.locator("#valuableRating").selectOption("5");
			lead.locator("#valuableJustification").fill("Fewer first-year leavers");
			lead.locator("#visibleRating").selectOption("2");
			lead.locator("#visibleJustification").fill("Only HR will notice at first");
			lead.locator("select[name='competencies[0].competencyId']").selectOption(new SelectOption().setIndex(1));
			lead.locator("select[name='competencies[0].level']").selectOption("3");
			Browser.submit(lead, lead.locator("#save-package"));

			assertThat(lead.locator("#endOn + .invalid-feedback")).containsText("after the start");
			assertThat(lead.locator("#title")).hasValue(title);
			assertThat(lead.locator("#visibleJustification")).hasValue("Only HR will notice at first");
			assertThat(lead.locator("#startOn")).hasValue("2027-03-01");

			lead.locator("#endOn").fill("2027-09-01");
			Browser.submit(lead, lead.locator("#save-package"));
			lead.waitForURL("**/tours/packages/*");
			packageUrl = lead.url();

			assertThat(lead.getByRole(AriaRole.STATUS)).containsText("saved as a draft");
			assertThat(lead.locator("#package-title")).hasText(title);
			assertThat(lead.locator("#package-status")).hasText("Draft");
			assertThat(lead.locator("#weak-badge")).isVisible();
			assertThat(lead.locator("#weak-reason")).containsText("Visible rated 2 of 5");
			assertThat(lead.locator("#competencies .chip")).hasText("3 - Capable");

			Browser.submit(lead, lead.locator("#to-OPEN"));
			lead.waitForURL(packageUrl);
			assertThat(lead.locator("#package-status")).hasText("Open");
		}
		finally {
			lead.context().close();
		}

		Page talent = Browser.signedIn(this.port, "talent");
		try {
			talent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tours").setExact(true)).click();
			talent.waitForURL("**/tours");
			talent.locator("#tours-subnav a[href$='/tours/packages']").click();
			talent.waitForURL("**/tours/packages**");
			// the shared test database holds more open packages than one page shows: find it by name,
			// as a talent who heard of it would
			talent.getByLabel("Title contains").fill(title.substring(title.lastIndexOf(' ') + 1).toUpperCase());
			talent.locator("#package-filters button[type=submit]").click();
			talent.waitForURL("**/tours/packages?q=**");
			talent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			talent.waitForURL(packageUrl);
			assertThat(talent.locator("#edit-package")).hasCount(0);

			talent.locator("#note").fill("I mentored two new leads last year");
			talent.locator("#express-interest").click();
			talent.waitForURL(packageUrl + "#interest");

			assertThat(talent.getByRole(AriaRole.STATUS)).containsText("Your interest was passed on");
			assertThat(talent.locator("#own-interest")).containsText("I mentored two new leads last year");
			assertThat(talent.locator("#withdraw-interest")).isVisible();
		}
		finally {
			talent.context().close();
		}

		Page again = Browser.signedIn(this.port, "lead");
		try {
			again.navigate(packageUrl);
			assertThat(again.locator("#interested-people")).containsText("Tara Nguyen");
			assertThat(again.locator("#interested-people")).containsText("I mentored two new leads last year");
		}
		finally {
			again.context().close();
		}
	}

	@Test
	void everyoneReadsTheCharterWithTheTourTypes() {
		Page talent = Browser.signedIn(this.port, "talent");
		try {
			talent.navigate("/tours/charter");

			assertThat(talent.locator("#charter-body")).containsText("We do not offer lifetime employment");
			assertThat(talent.locator("#tour-types tbody tr")).hasCount(3);
			assertThat(talent.locator("#type-TRANSFORMATIONAL")).containsText("Typically 24 to 60 months");
			assertThat(talent.locator("#type-FOUNDATIONAL")).containsText("Open-ended");
			assertThat(talent.locator("#edit-charter")).hasCount(0);
		}
		finally {
			talent.context().close();
		}
	}

}
