package io.cocareer.tour;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class MissionAgreementBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void managerAndTalentDraftTheMissionAgreeAndBothSignSoTheTourWaitsForItsStart() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		UUID id = TourFixtures.proposeTour(team);
		String tour = "/tours/" + id;

		Page manager = signedIn(team.manager());
		try {
			manager.navigate(tour + "/mission");
			manager.locator("#objective").fill("Replace the onboarding spreadsheet with a flow.");
			manager.locator("#companyGains").fill("Joiners are productive sooner.");
			manager.locator("#talentGains").fill("Leading a cross-team delivery.");
			manager.locator("#successMeasures").fill("New joiners onboard in one day.");
			Browser.submit(manager, manager.locator("#save-mission"));
			manager.waitForURL("**" + tour + "/mission");
			assertThat(manager.locator("#tour-state")).hasText("In conversation");
			assertThat(manager.locator("#revision-1")).containsText(team.manager().name());
		}
		finally {
			manager.context().close();
		}

		Page talent = signedIn(team.talent());
		try {
			talent.navigate(tour + "/mission");
			talent.locator("#objective").fill("Replace the onboarding spreadsheet with a self-service flow.");
			Browser.submit(talent, talent.locator("#save-mission"));
			talent.waitForURL("**" + tour + "/mission");
			assertThat(talent.locator("#revision-2")).containsText(team.talent().name());
			assertThat(talent.locator("#diff-objective ins")).containsText("self-service");
			talent.navigate(tour + "/agreement");
			assertThat(talent.locator("#agreement-form")).hasCount(0);
		}
		finally {
			talent.context().close();
		}

		manager = signedIn(team.manager());
		try {
			manager.navigate(tour + "/agreement");
			manager.locator("#scope").fill("The onboarding flow for engineering joiners");
			manager.locator("#timeShare").fill("50");
			manager.locator("#deliverables").fill("A working flow and a runbook");
			manager.locator("#learningGoals").fill("Product discovery");
			manager.locator("#visibilityMoments").fill("Demo at the all-hands");
			manager.locator("#companyResources").fill("A designer two days a week");
			manager.locator("#companySponsorship").fill("The head of engineering");
			manager.locator("#companyCoaching").fill("Monthly with a product lead");
			manager.locator("#companyExposure").fill("Steering meetings");
			manager.locator("#talentCommitments").fill("Deliver the flow and share what was learned");
			Browser.submit(manager, manager.locator("#save-agreement"));
			manager.waitForURL("**" + tour + "/agreement");
			assertThat(manager.locator("#agreement-state")).hasText("Draft");
			assertThat(manager.locator("#agreement-document")).containsText("Replace the onboarding spreadsheet with a self-service flow.");

			Browser.submit(manager, manager.locator("#send-agreement"));
			manager.waitForURL("**" + tour + "/agreement");
			assertThat(manager.locator("#tour-state")).hasText("Awaiting signatures");
			assertThat(manager.locator("#agreement-state")).hasText("Awaiting signatures");
		}
		finally {
			manager.context().close();
		}

		talent = signedIn(team.talent());
		try {
			talent.navigate(tour + "/agreement");
			// without the Right of First Conversation ticked, the signature is refused next to the box
			Browser.submit(talent, talent.locator("#sign-agreement"));
			talent.waitForURL("**" + tour + "/agreement");
			assertThat(talent.locator("#talent-sign-form .invalid-feedback")).containsText("Right of First Conversation");
			Browser.check(talent.locator("#rofcAcknowledged"));
			Browser.submit(talent, talent.locator("#sign-agreement"));
			talent.waitForURL("**" + tour + "/agreement");
			assertThat(talent.locator("#doc-talent-signature")).containsText("Signed by " + team.talent().name());
			assertThat(talent.locator("#doc-rofc")).containsText("Acknowledged by " + team.talent().name());
			assertThat(talent.locator("#tour-state")).hasText("Awaiting signatures");
		}
		finally {
			talent.context().close();
		}

		manager = signedIn(team.manager());
		try {
			manager.navigate(tour + "/agreement");
			Browser.submit(manager, manager.locator("#sign-agreement"));
			manager.waitForURL("**" + tour + "/agreement");
			// the tour starts a month from now: signed, it waits for its start date (then the daily job starts it)
			assertThat(manager.locator("#tour-state")).hasText(java.util.regex.Pattern.compile("^Signed, starting on \\d"));
			assertThat(manager.locator("#agreement-state")).hasText("Signed");
			assertThat(manager.locator("#doc-manager-signature")).containsText("Signed by " + team.manager().name());
			assertThat(manager.locator("#amend")).isVisible();
			manager.navigate(tour);
			assertThat(manager.locator("#tour-facts")).containsText("50 %");
		}
		finally {
			manager.context().close();
		}
	}

	/** A new page signed in as a member of the team, through the sign-in form. */
	private Page signedIn(TourTeam.Member member) {
		Page page = Browser.newPage(this.port);
		Browser.signIn(page, this.port, member.username(), TourTeam.PASSWORD);
		return page;
	}

}
