package io.cocareer.alumni;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The issue's browser journey through the whole alumni cycle, for one talent hired for it: the
 * talent lead holds a pre-emptive exit conversation with them, starts their exit protocol, the
 * talent gives their consent and interview on their own view of it, the lead completes the exit;
 * the talent's staff access ends and they sign in again to the alumni portal, keep their profile,
 * list themselves and ask to come back; the lead evaluates, decides "fit", rehires, and the
 * repatriation plan runs to its first tour; the boomerang is staff again. On the way, an alumnus
 * and an administrator each meet the refusal page where they have no business.
 */
@IntegrationTest
class AlumniCycleBrowserTests {

	private static final String PASSWORD = "cycle-test-1";

	private static final String REFUSED = "Not for your eyes";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	@Test
	void aTalentGoesFromAFirstExitConversationToABoomerangRehire() {
		NetworkPeople.Hired manager = NetworkPeople.hire(this.people, this.accounts, "cm", PASSWORD, null, Role.MANAGER);
		NetworkPeople.Hired talent = NetworkPeople.hire(this.people, this.accounts, "cy", PASSWORD, manager.personId(),
				Role.TALENT);
		LocalDate today = LocalDate.now(this.clock);

		// 1. the talent lead holds a pre-emptive exit conversation with the talent, from the programme page
		Page lead = Browser.signedIn(this.port, "lead");
		try {
			lead.navigate("/alumni");
			assertThat(lead.locator("h1")).hasText("Alumni and boomerangs");
			lead.locator("#conversations-card").getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Schedule a conversation")).click();
			lead.waitForURL("**/alumni/conversations/new");
			assertThat(lead.locator("h1")).hasText("Schedule a conversation");
			choose(lead, "talent", talent.name());
			lead.locator("#scheduledOn").fill(today.toString());
			Browser.submit(lead, lead.locator("#schedule-form button[type=submit]"));
			assertThat(lead.locator("h1")).hasText("Conversation with " + talent.name());
			assertThat(lead.locator(".alert-success")).containsText("The conversation is scheduled");
			assertThat(lead.locator("#conversation-status")).hasText("Scheduled");

			Locator record = lead.locator("#record-form");
			record.locator("#heldOn").fill(today.toString());
			record.locator("#horizonMonths").fill("6");
			record.locator("#intention").selectOption("MAY_LEAVE");
			record.locator("#collaborations").fill("Could speak at our data meet-up");
			record.locator("#referrals").fill("Knows two strong platform engineers");
			record.locator("#clientRelationships").fill("Keeps the Fabrikam account warm");
			record.locator("#knowledgeTransfer").fill("Pair with the team on the ingestion pipeline");
			Browser.submit(lead, record.locator("button[type=submit]"));
			assertThat(lead.locator(".alert-success")).hasText("Saved.");
			assertThat(lead.locator("#conversation-status")).hasText("Held");

			Locator followUp = lead.locator("#follow-up-form");
			followUp.locator("#what").fill("Write down the ingestion runbook");
			choose(lead, "owner", talent.name());
			followUp.locator("#dueOn").fill(today.plusWeeks(3).toString());
			Browser.submit(lead, followUp.locator("button[type=submit]"));
			assertThat(lead.locator(".alert-success")).hasText("The follow-up is added.");
			assertThat(lead.locator("#follow-up-list")).containsText("Write down the ingestion runbook");
			assertThat(lead.locator("#follow-up-list")).containsText(talent.name());

			Browser.submit(lead, lead.locator("#close-form button[type=submit]"));
			assertThat(lead.locator(".alert-success")).hasText("The conversation is closed.");
			assertThat(lead.locator("#conversation-status")).hasText("Closed");
			assertThat(lead.locator("#record")).containsText("May leave");
			assertThat(lead.locator("#record")).containsText("Keeps the Fabrikam account warm");
			assertThat(lead.locator("#record-form")).hasCount(0);

			// 2. the lead starts the exit protocol and fills in their sections
			lead.navigate("/alumni");
			lead.locator("#exits-card").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start an exit"))
				.click();
			lead.waitForURL("**/alumni/exits/new");
			choose(lead, "employeeId", talent.name());
			lead.locator("#leavingOn").fill(today.toString());
			Browser.submit(lead, lead.locator("#start-form button[type=submit]"));
			assertThat(lead.locator("h1")).hasText("Exit protocol of " + talent.name());
			assertThat(lead.locator(".alert-success")).containsText("The exit protocol is open");
			assertThat(lead.locator("#exit-state")).hasText("In progress");

			// a leaving date before the hire is refused next to the field
			Locator reason = lead.locator("#reason-form");
			reason.locator("#leavingOn").fill("2019-03-01");
			reason.locator("#reasonCode").selectOption("NEW_ROLE");
			Browser.submit(lead, reason.locator("button[type=submit]"));
			assertThat(lead.locator("#reason-form #leavingOn-errors")).containsText("cannot be before the hire date");
			reason.locator("#leavingOn").fill(today.toString());
			Browser.submit(lead, reason.locator("button[type=submit]"));
			assertThat(lead.locator(".alert-success")).hasText("Saved.");
			// the eligibility comes from the reason: a new role elsewhere is a "yes"
			assertThat(lead.locator("#reason-form #eligibility")).hasValue("YES");

			Locator collaboration = lead.locator("#collaboration-form");
			collaboration.locator("#collaboration-kind").selectOption("SPEAKER");
			collaboration.locator("#collaboration-description").fill("A talk at the data meet-up");
			choose(lead, "collaboration-owner", manager.name());
			collaboration.locator("#collaboration-dueOn").fill(today.plusMonths(2).toString());
			Browser.submit(lead, collaboration.locator("button[type=submit]"));
			assertThat(lead.locator("#collaborations .collaboration")).containsText("A talk at the data meet-up");

			Locator reentry = lead.locator("#reentry-form");
			Browser.check(reentry.locator("#open-YES"));
			reentry.locator("#reentry-when").fill("In a year or two");
			reentry.locator("#conditions").fill("A senior role in the data platform");
			Browser.submit(lead, reentry.locator("button[type=submit]"));
			assertThat(lead.locator("#reentry-form #open-YES")).isChecked();

			Locator handover = lead.locator("#handover-form");
			handover.locator("#handover-description").fill("The ingestion runbook");
			choose(lead, "handover-owner", manager.name());
			handover.locator("#handover-dueOn").fill(today.toString());
			Browser.submit(lead, handover.locator("button[type=submit]"));
			assertThat(lead.locator("#handover .handover-item")).containsText("The ingestion runbook");
			assertThat(lead.locator("#connection")).containsText("The leaver has not given their consent yet.");
		}
		finally {
			lead.context().close();
		}
		String exitUrl;

		// 3. the talent finds their protocol from the notice and gives their consent and their interview
		Page leaver = Browser.signIn(Browser.newPage(this.port), this.port, talent.username(), PASSWORD);
		try {
			leaver.locator("#notification-bell").click();
			leaver.waitForURL("**/notifications");
			leaver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
				.setName("Your exit protocol is open: give your contact consent and your exit interview.")).click();
			leaver.waitForURL("**/alumni/exits/*");
			exitUrl = leaver.url();
			assertThat(leaver.locator("h1")).hasText("Exit protocol of " + talent.name());
			assertThat(leaver.locator(".alert-info")).containsText("This is your exit protocol");

			// consent without a way to be contacted is refused, and nothing is recorded
			Locator consent = leaver.locator("#connection-form");
			consent.locator("#email").fill(talent.username() + "@example.org");
			consent.locator("#cadence").selectOption("QUARTERLY");
			Browser.submit(leaver, consent.locator("button[type=submit]"));
			assertThat(consent).containsText("Choose at least one way to be contacted.");
			assertThat(leaver.locator("#consent-state")).hasCount(0);
			Browser.check(consent.locator("#channel-EMAIL"));
			Browser.check(consent.locator("#channel-NEWSLETTER"));
			consent.locator("#cadence").selectOption("QUARTERLY");
			Browser.submit(leaver, consent.locator("button[type=submit]"));
			assertThat(leaver.locator(".alert-success")).hasText("Thank you: your consent is recorded.");
			assertThat(leaver.locator("#consent-state")).containsText("Consent given on");
			// once given, the form offers to change it, not to agree a second time
			assertThat(leaver.locator("#connection-form button[type=submit]")).hasText("Change what I agreed to");

			Locator interview = leaver.locator("#interview-form");
			Browser.check(interview.locator("#anonymity-NAMED"));
			interview.locator("#interviewReasonCode").selectOption("NEW_ROLE");
			interview.locator("#wouldHaveKept").fill("A path into the platform team");
			interview.locator("#comments").fill("Good years; thank you");
			Browser.submit(leaver, interview.locator("button[type=submit]"));
			assertThat(leaver.locator(".alert-success")).hasText("Thank you for your interview.");

			// 4. the lead completes the exit
			Page completing = Browser.signedIn(this.port, "lead");
			try {
				completing.navigate(exitUrl);
				assertThat(completing.locator("#consent-state")).containsText("Consent given on");
				assertThat(completing.locator("#interview")).containsText("A path into the platform team");
				Browser.submit(completing, completing.locator("#complete-exit"));
				assertThat(completing.locator(".alert-success"))
					.hasText("The exit is completed: the leaving is recorded and staff access has ended.");
				assertThat(completing.locator("#portal")).containsText("The alumni portal is open to their account");
				assertThat(completing.locator("#exit-state")).hasText("Completed");
			}
			finally {
				completing.context().close();
			}

			// the leaver's staff session has ended
			leaver.navigate("/people");
			leaver.waitForURL("**/login");
		}
		finally {
			leaver.context().close();
		}

		// the alumnus signs in again, with the same password, to the portal
		Page alumnus = Browser.signIn(Browser.newPage(this.port), this.port, talent.username(), PASSWORD);
		try {
			assertThat(alumnus.locator("h1")).hasText("Alumni space");
			assertThat(alumnus.locator(".lead").first()).containsText("Welcome back");
			for (String staffPage : new String[] { "/people", "/tours", "/talents" }) {
				alumnus.navigate(staffPage);
				assertThat(alumnus.locator("h1")).hasText(REFUSED);
				assertThat(alumnus.locator("main")).not().containsText("Exception");
			}

			alumnus.navigate("/");
			alumnus.locator("#alumni-profile-card").getByRole(AriaRole.LINK).click();
			alumnus.waitForURL("**/portal/profile");
			Locator profile = alumnus.locator("#profile-form");
			profile.locator("#employer").fill("Contoso Retail");
			profile.locator("#role").fill("Lead data engineer");
			profile.locator("#skills").fill("Kafka\nFlink");
			Browser.check(profile.locator("#listed"));
			Browser.submit(alumnus, profile.locator("button[type=submit]"));
			assertThat(alumnus.locator(".alert-success")).hasText("Your profile is saved.");

			alumnus.navigate("/alumni/directory?q=" + talent.name().replace(' ', '+'));
			assertThat(alumnus.locator("#found-count")).hasText("1 alumnus");
			assertThat(alumnus.locator("#results")).containsText("Contoso Retail");

			// 5. the alumnus asks to come back
			alumnus.navigate("/portal/return");
			alumnus.locator("#targetRole").fill("Senior data engineer");
			alumnus.locator("#employersSince").fill("Contoso Retail");
			alumnus.locator("#newSkills").fill("Kafka, Flink");
			alumnus.locator("#whyReturn").fill("I miss the data guild");
			Browser.submit(alumnus, alumnus.locator("#return-form button[type=submit]"));
			assertThat(alumnus.locator(".alert-success")).containsText("request is sent");
			assertThat(alumnus.locator("#my-requests .request-status"))
				.hasText("Received: the talent lead will look at it");
		}
		finally {
			alumnus.context().close();
		}

		// 6. the lead evaluates, decides "fit", rehires; the plan runs to its first tour
		Page evaluating = Browser.signedIn(this.port, "lead");
		try {
			evaluating.navigate("/alumni");
			evaluating.locator("#reentry-card").getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Re-entry and boomerangs")).click();
			evaluating.waitForURL("**/alumni/reentry");
			evaluating.locator("#reentry-requests").getByText(talent.name()).click();
			evaluating.waitForURL("**/alumni/reentry/*");
			assertThat(evaluating.locator("#request-employers")).hasText("Contoso Retail");
			assertThat(evaluating.locator("#timeline")).containsText("for a career goal");
			// where they are now, from the profile they keep in the portal
			assertThat(evaluating.locator("#timeline")).containsText("Lead data engineer, Contoso Retail");
			evaluating.locator("#priorRating").fill("4");
			evaluating.locator("#interimRelevance").fill("4");
			Browser.check(evaluating.locator("#coordinationHeavy-yes"));
			Browser.check(evaluating.locator("#outsiderResistant-no"));
			Browser.check(evaluating.locator("#realisticPremium-yes"));
			choose(evaluating, "hiringManagerEmployeeId", manager.name());
			Browser.submit(evaluating, evaluating.locator("#evaluation-form button[type=submit]"));
			// a planned exit for a career goal, rated 4 before, 92 months in, consented (connected), no contact since
			assertThat(evaluating.locator("#overall-score")).hasText("Overall: 86 of 100");
			assertThat(evaluating.locator("#request-manager")).hasText(manager.name());

			Browser.check(evaluating.locator("#decision-FIT"));
			evaluating.locator("#rationale").fill("A planned exit, a strong record and the streaming skills we lack");
			Browser.submit(evaluating, evaluating.locator("#decision-form button[type=submit]"));
			assertThat(evaluating.locator("#decision-value")).hasText("Fit");

			// back on the day they left: refused on the form, nothing stored
			evaluating.locator("#on").fill(today.toString());
			evaluating.locator("#unitId").selectOption(new SelectOption().setIndex(1));
			choose(evaluating, "managerEmployeeId", manager.name());
			Browser.submit(evaluating, evaluating.locator("#rehire-form button[type=submit]"));
			assertThat(evaluating.locator("#rehire-form .alert-danger"))
				.hasText("A rehire must start after the last leaving date.");
			assertThat(evaluating.locator("#decision-value")).hasText("Fit");
			evaluating.locator("#on").fill(today.plusDays(1).toString());
			evaluating.locator("#unitId").selectOption(new SelectOption().setIndex(1));
			Browser.submit(evaluating, evaluating.locator("#rehire-form button[type=submit]"));
			evaluating.waitForURL("**/alumni/repatriation/" + talent.personId());
			assertThat(evaluating.locator("#boomerang-mark")).hasText("Boomerang");
			assertThat(evaluating.locator("#tenure .tenure-period")).hasCount(2);
			assertThat(evaluating.locator("#items .card")).hasCount(5);

			evaluating.locator("#propose-tour").click();
			evaluating.waitForURL("**/tours/new**");
			evaluating.locator("#title").fill("Streaming platform, first tour back");
			evaluating.locator("#tourType").selectOption("ROTATIONAL");
			evaluating.locator("#startOn").fill(today.plusWeeks(2).toString());
			evaluating.locator("#endOn").fill(today.plusMonths(14).toString());
			evaluating.locator("#timeShare").fill("20");
			evaluating.locator("#submit-tour").click();
			evaluating.waitForURL(Pattern.compile(".*/tours/[0-9a-f-]{36}$"));
			evaluating.navigate("/alumni/repatriation/" + talent.personId());
			assertThat(evaluating.locator("#first-tour-link")).isVisible();
			assertThat(evaluating.locator("#items")).containsText("1 of 5 done");
		}
		finally {
			evaluating.context().close();
		}

		// back as staff: the boomerang's home shows their return, and staff pages open again
		Page boomerang = Browser.signIn(Browser.newPage(this.port), this.port, talent.username(), PASSWORD);
		try {
			assertThat(boomerang.locator("#my-return-card")).containsText("Boomerang");
			boomerang.navigate("/people");
			assertThat(boomerang.locator("h1")).not().hasText(REFUSED);
			boomerang.navigate("/alumni/repatriation/" + talent.personId());
			assertThat(boomerang.locator("h1")).containsText("Your return");
		}
		finally {
			boomerang.context().close();
		}
	}

	@Test
	void anAdministratorMeetsTheRefusalPageOnTheAlumniPages() {
		Page admin = Browser.signedIn(this.port, "admin");
		try {
			for (String page : new String[] { "/alumni", "/portal/news" }) {
				admin.navigate(page);
				assertThat(admin.locator("h1")).hasText(REFUSED);
				assertThat(admin.locator("main")).containsText("403");
			}
		}
		finally {
			admin.context().close();
		}
	}

	/** Types part of the person's name into a picker and chooses them from the list. */
	private static void choose(Page page, String pickerId, String name) {
		Locator box = page.locator("#" + pickerId);
		box.fill("");
		box.pressSequentially(name.toLowerCase(Locale.ROOT));
		page.locator("#" + pickerId + "-listbox")
			.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(name))
			.click();
		assertThat(page.locator("#" + pickerId + "-chosen")).containsText(name);
	}

}
