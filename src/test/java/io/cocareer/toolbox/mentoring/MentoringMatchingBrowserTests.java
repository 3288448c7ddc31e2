package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cocareer.toolbox.mentoring.MentoringPeople.API;
import static io.cocareer.toolbox.mentoring.MentoringPeople.body;
import static io.cocareer.toolbox.mentoring.MentoringPeople.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching journey in the browser: the talent lead opens a cohort still enrolling,
 * runs the matching, reads each pair's score and reasons, pins a mentee to another mentor, runs it
 * again and sees the pin kept, publishes; the mentee then finds their mentor under "my mentoring".
 */
@IntegrationTest
class MentoringMatchingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theLeadMatchesPinsReRunsAndPublishesAndTheMenteeSeesTheirMentor() {
		MentoringPeople staff = new MentoringPeople(this.port, this.people, this.accounts);
		MentoringPeople.Member ada = staff.hire(1, LocalDate.of(2010, 2, 1), null, Role.MANAGER);
		MentoringPeople.Member ben = staff.hire(2, LocalDate.of(2015, 2, 1), null, Role.MANAGER);
		MentoringPeople.Member mia = staff.hire(null, Role.TALENT);
		MentoringPeople.Member noah = staff.hire(null, Role.TALENT);
		MentoringPeople.Member ola = staff.hire(null, Role.TALENT);
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		ApiClient.Response created = lead.post(API + "/cohorts", json(body("title", "Browser cohort " + System.nanoTime(),
				"startsOn", LocalDate.now().plusDays(14).toString(), "endsOn", LocalDate.now().plusDays(200).toString())));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String cohort = created.json().path("id").asString();
		String path = API + "/cohorts/" + cohort;
		lead.post(path + "/mentors", json(body("personId", ada.personId(), "capacity", 2, "topics", "leadership, finance")));
		lead.post(path + "/mentors", json(body("personId", ben.personId(), "capacity", 1, "topics", "cloud, architecture")));
		lead.post(path + "/mentees", json(body("personId", mia.personId(), "goals", "leadership")));
		lead.post(path + "/mentees", json(body("personId", noah.personId(), "goals", "cloud")));
		assertThat(lead.post(path + "/mentees", json(body("personId", ola.personId(), "goals", "finance"))).status())
			.isEqualTo(201);

		Page page = Browser.signedIn(this.port, "lead");
		try {
			page.navigate("/toolbox/mentoring");
			page.locator("#cohort-" + cohort + " a").click();
			assertThat(page.locator("#cohort-status")).hasText("Enrolling");
			assertThat(page.locator("#not-matched")).isVisible();

			Browser.submit(page, page.locator("#run-matching"));
			assertThat(page.locator(".alert-success")).containsText("The matching ran");
			assertThat(page.locator("#cohort-status")).hasText("Matched (draft)");
			assertThat(page.locator(".pair-row")).hasCount(3);
			assertThat(page.locator("#run-settings")).containsText("loadStep=150/1000");
			var miaRow = page.locator(".pair-row", new Page.LocatorOptions().setHasText(mia.name()));
			assertThat(miaRow.locator(".pair-mentor")).hasText(ada.name());
			assertThat(miaRow.locator(".pair-reasons")).containsText("Topic fit +0.23 (shared: leadership)");
			assertThat(miaRow.locator(".pair-reasons")).containsText("Different unit +0.15");
			assertThat(miaRow.locator(".pair-reasons")).containsText("Longer experience here +0.15");

			// Mia goes to Ben instead, whatever the scores: pin, then run again
			page.locator("#rule-mentee").selectOption(new SelectOption().setLabel(mia.name()));
			page.locator("#rule-mentor").selectOption(new SelectOption().setLabel(ben.name()));
			page.locator("#rule-kind").selectOption("PIN");
			Browser.submit(page, page.locator("#rule-form button[type=submit]"));
			assertThat(page.locator("#rule-list")).containsText("Pinned: " + mia.name() + " with " + ben.name());
			Browser.submit(page, page.locator("#run-matching"));
			miaRow = page.locator(".pair-row", new Page.LocatorOptions().setHasText(mia.name()));
			assertThat(miaRow.locator(".pair-mentor")).hasText(ben.name());
			assertThat(miaRow.locator(".pinned-badge")).isVisible();
			var noahRow = page.locator(".pair-row", new Page.LocatorOptions().setHasText(noah.name()));
			assertThat(noahRow.locator(".pair-mentor")).hasText(ada.name());

			// a second pin on Ben, whose one place is taken, is refused by name next to the pins
			page.locator("#rule-mentee").selectOption(new SelectOption().setLabel(noah.name()));
			page.locator("#rule-mentor").selectOption(new SelectOption().setLabel(ben.name()));
			Browser.submit(page, page.locator("#rule-form button[type=submit]"));
			assertThat(page.locator("#pin-conflicts")).containsText(ben.name() + " has 2 pinned mentees but takes 1.");

			Browser.submit(page, page.locator("#publish"));
			assertThat(page.locator(".alert-success")).containsText("The matching is published");
			assertThat(page.locator("#cohort-status")).hasText("Running");
		}
		finally {
			page.context().close();
		}

		Page mentee = Browser.signIn(Browser.newPage(this.port), this.port, mia.username(), MentoringPeople.PASSWORD);
		try {
			mentee.navigate("/toolbox/mentoring/mine");
			assertThat(mentee.locator("#as-mentee .my-mentor")).hasText(ben.name());
			mentee.locator("#as-mentee .my-mentor").click();
			assertThat(mentee.locator("#pair-heading")).hasText(ben.name() + " mentors " + mia.name());
			assertThat(mentee.locator("#agreement-form")).isVisible();
		}
		finally {
			mentee.context().close();
		}
	}

	@Test
	void everyMentoringPageIsAccessibleForTheLeadTheManagerAndTheTalent() {
		ApiClient api = ApiClient.as(this.port, "lead", "demo");
		java.util.Map<String, String> cohorts = new java.util.HashMap<>();
		api.get(API + "/cohorts").json().forEach((c) -> cohorts.put(c.path("title").asString(), c.path("id").asString()));
		String running = cohorts.get("Mentoring cohort, spring");
		String enrolling = cohorts.get("Mentoring cohort, autumn");
		String ended = cohorts.get("Mentoring cohort, first round");
		String taraPair = null;
		String marcoPair = null;
		for (var pair : api.get(API + "/cohorts/" + running).json().path("pairs")) {
			if (pair.path("menteeName").asString().equals("Tara Nguyen")) {
				taraPair = "/toolbox/mentoring/pairs/" + pair.path("id").asString();
			}
			if (pair.path("mentorName").asString().equals("Marco Rossi")) {
				marcoPair = "/toolbox/mentoring/pairs/" + pair.path("id").asString();
			}
		}
		String base = "/toolbox/mentoring/cohorts/";
		java.util.Map<String, java.util.List<String>> pages = new java.util.LinkedHashMap<>();
		pages.put("lead", java.util.List.of("/toolbox", "/toolbox/mentoring", "/toolbox/mentoring/mine",
				"/toolbox/mentoring/cohorts/new", base + running, base + enrolling, base + ended,
				base + enrolling + "/mentors/new", base + enrolling + "/mentees/new", taraPair));
		pages.put("manager", java.util.List.of("/toolbox/mentoring", "/toolbox/mentoring/mine", base + running, marcoPair));
		pages.put("talent", java.util.List.of("/toolbox/mentoring/mine", base + enrolling,
				base + enrolling + "/mentees/new", base + enrolling + "/mentors/new", taraPair));
		java.util.List<String> found = new java.util.ArrayList<>();
		pages.forEach((role, paths) -> {
			com.microsoft.playwright.BrowserContext context = Browser.shared()
				.newContext(Browser.options(this.port).setBypassCSP(true));
			context.setDefaultTimeout(15_000);
			io.cocareer.support.Axe.installIn(context);
			Page page = context.newPage();
			try {
				Browser.signedIn(page, this.port, role);
				for (String path : paths) {
					com.microsoft.playwright.Response response = page.navigate(path);
					if (response == null || response.status() >= 400) {
						found.add("[%s] %s: answered %s".formatted(role, path,
								(response != null) ? response.status() : "nothing"));
					}
					io.cocareer.support.Axe.seriousViolations(page)
						.forEach((v) -> found.add("[%s] %s: %s".formatted(role, path, v)));
				}
			}
			finally {
				context.close();
			}
		});
		assertThat(found).isEmpty();
	}

}
