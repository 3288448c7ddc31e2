package io.cocareer.alumni.reentry;

import java.time.Clock;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The re-entry journey in the browser: an alumnus asks to come back from the portal, the
 * talent lead evaluates the factors, decides "fit" and rehires them, and the repatriation plan
 * runs to its first tour proposed through the tour module's form; the boomerang, signed in again
 * as staff, reads their plan.
 */
@IntegrationTest
class ReentryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void anAlumnusAsksTheLeadEvaluatesDecidesAndRehiresAndThePlanRunsToTheFirstTour() {
		ReentryPeople world = new ReentryPeople(this.port, this.people, this.accounts, this.events, this.transactions,
				this.clock);
		ReentryPeople.Member lead = world.hire(null, Role.TALENT_LEAD);
		ReentryPeople.Member manager = world.hire(null, Role.MANAGER);
		ReentryPeople.Member alumnus = world.alumnus();
		LocalDate today = LocalDate.now(this.clock);

		Page asker = Browser.signIn(Browser.newPage(this.port), this.port, alumnus.username(), ReentryPeople.PASSWORD);
		try {
			asker.navigate("/portal/return");
			// nothing said: both errors at once, next to their fields
			Browser.submit(asker, asker.locator("#return-form button[type=submit]"));
			assertThat(asker.locator("#targetRole-errors")).containsText("Say what role");
			assertThat(asker.locator("#whyReturn-errors")).containsText("Say why");
			asker.locator("#targetRole").fill("Senior data engineer");
			asker.locator("#employersSince").fill("Contoso Retail, two years");
			asker.locator("#newSkills").fill("Kafka, Flink");
			asker.locator("#whyReturn").fill("I miss the data guild");
			Browser.submit(asker, asker.locator("#return-form button[type=submit]"));
			assertThat(asker.locator(".alert-success")).containsText("request is sent");
			assertThat(asker.locator("#my-requests .request-status")).hasText("Received: the talent lead will look at it");
			assertThat(asker.locator("#return-form")).hasCount(0);
		}
		finally {
			asker.context().close();
		}

		Page page = Browser.signIn(Browser.newPage(this.port), this.port, lead.username(), ReentryPeople.PASSWORD);
		try {
			page.navigate("/");
			page.locator("#returns-link").click();
			page.locator("#reentry-requests").getByText(alumnus.name()).click();
			assertThat(page.locator("#request-employers")).hasText("Contoso Retail, two years");
			assertThat(page.locator("#timeline")).containsText("for a career goal");
			page.locator("#priorRating").fill("4");
			page.locator("#interimRelevance").fill("4");
			Browser.check(page.locator("#coordinationHeavy-yes"));
			Browser.check(page.locator("#outsiderResistant-no"));
			Browser.check(page.locator("#realisticPremium-yes"));
			page.locator("#hiringManagerEmployeeId").fill(manager.employeeId());
			Browser.submit(page, page.locator("#evaluation-form button[type=submit]"));
			assertThat(page.locator("#overall-score")).hasText("Overall: 86 of 100");
			assertThat(page.locator("#request-manager")).hasText(manager.name());

			// a decision without its rationale is refused next to the field
			Browser.check(page.locator("#decision-FIT"));
			Browser.submit(page, page.locator("#decision-form button[type=submit]"));
			assertThat(page.locator("#rationale-errors")).containsText("Give the reasons");
			Browser.check(page.locator("#decision-FIT"));
			page.locator("#rationale").fill("A planned exit, a strong record and the streaming skills we lack");
			Browser.submit(page, page.locator("#decision-form button[type=submit]"));
			assertThat(page.locator("#decision-value")).hasText("Fit");

			page.locator("#on").fill(today.toString());
			page.locator("#unitId").selectOption(new SelectOption().setIndex(1));
			page.locator("#managerEmployeeId").fill(manager.employeeId());
			Browser.submit(page, page.locator("#rehire-form button[type=submit]"));
			page.waitForURL("**/alumni/repatriation/" + alumnus.personId());
			assertThat(page.locator("#boomerang-mark")).hasText("Boomerang");
			assertThat(page.locator("#tenure .tenure-period")).hasCount(2);
			assertThat(page.locator("#items .card")).hasCount(5);

			// the first tour: proposed through the tour module's form, then the step is done
			page.locator("#propose-tour").click();
			page.waitForURL("**/tours/new**");
			page.locator("#title").fill("Streaming platform, first tour back");
			page.locator("#tourType").selectOption("ROTATIONAL");
			page.locator("#startOn").fill(today.plusWeeks(2).toString());
			page.locator("#endOn").fill(today.plusMonths(14).toString());
			page.locator("#timeShare").fill("20");
			page.locator("#submit-tour").click();
			page.waitForURL((url) -> url.matches(".*/tours/[0-9a-f-]{36}$"));
			page.navigate("/alumni/repatriation/" + alumnus.personId());
			assertThat(page.locator("#first-tour-link")).isVisible();
			assertThat(page.locator("#items")).containsText("1 of 5 done");
		}
		finally {
			page.context().close();
		}

		// back as staff: the boomerang reads their plan
		Page boomerang = Browser.signIn(Browser.newPage(this.port), this.port, alumnus.username(), ReentryPeople.PASSWORD);
		try {
			boomerang.navigate("/alumni/repatriation/" + alumnus.personId());
			assertThat(boomerang.locator("h1")).containsText("Your return");
			assertThat(boomerang.locator("#items details")).hasCount(0);
		}
		finally {
			boomerang.context().close();
		}
	}

}
