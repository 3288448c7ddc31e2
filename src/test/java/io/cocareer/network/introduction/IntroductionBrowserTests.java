package io.cocareer.network.introduction;

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

/**
 * The "asks for an introduction that a manager brokers", in the browser: a talent asks
 * from their network page, their manager accepts it from their home and records it made, and the
 * talent records the outcome, puts the person on their map in the same step and sees them there.
 */
@IntegrationTest
class IntroductionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void aTalentAsksTheirManagerWhoBrokersItAndTheNewDeveloperIsOnTheMap() {
		IntroductionPeople.Team team = new IntroductionPeople(this.port, this.people, this.accounts).team();
		String target = "Jonas Weber " + UUID.randomUUID().toString().substring(0, 4);
		Page talent = Browser.signIn(Browser.newPage(this.port), this.port, team.talent().username(),
				IntroductionPeople.PASSWORD);
		Page manager = Browser.signIn(Browser.newPage(this.port), this.port, team.manager().username(),
				IntroductionPeople.PASSWORD);
		try {
			talent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My network").setExact(true)).click();
			talent.locator("#my-introductions").getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ask for an introduction")).click();
			assertThat(talent.locator("h1")).hasText("Ask for an introduction");
			talent.locator("#targetName").fill(target);
			talent.locator("#targetOrganisation").fill("Contoso Retail");
			talent.locator("#purpose").fill("Learn how product managers at Contoso shape a roadmap");
			Browser.check(talent.getByLabel("Your manager, " + team.manager().name()));
			Browser.submit(talent, talent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask").setExact(true)));
			assertThat(talent.locator(".alert-success")).containsText("the broker is told");
			assertThat(talent.locator("#introduction-state")).hasText("Requested");

			manager.navigate("/");
			assertThat(manager.locator("#introductions-asked-of-you")).containsText(team.talent().name());
			manager.locator("#introductions-asked-of-you").getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName(team.talent().name() + " asks to meet " + target)).click();
			assertThat(manager.locator("#introduction-purpose")).hasText("Learn how product managers at Contoso shape a roadmap");
			manager.locator("#note").fill("Gladly: we worked together");
			Browser.submit(manager, manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")));
			assertThat(manager.locator("#introduction-state")).hasText("Accepted");
			manager.locator("#made-channel").selectOption("MEETING");
			manager.locator("#note").fill("Coffee on Tuesday");
			Browser.submit(manager, manager.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Record the introduction")));
			assertThat(manager.locator("#introduction-state")).hasText("Introduced");

			talent.reload();
			assertThat(talent.locator("#introduction-made")).containsText("Coffee on Tuesday");
			Browser.check(talent.getByLabel("Connected", new Page.GetByLabelOptions().setExact(true)));
			assertThat(talent.locator("#outcome-addToMap")).isChecked();
			talent.locator("#outcome-arena").selectOption("PRIOR_EMPLOYER");
			talent.locator("#outcome-role").selectOption("MENTOR");
			talent.locator("#outcome-closeness").selectOption("4");
			Browser.submit(talent, talent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the outcome")));
			assertThat(talent.locator("#introduction-state")).hasText("Closed");
			assertThat(talent.locator("#introduction-outcome")).containsText("Connected");

			talent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("On your map")).click();
			assertThat(talent.locator("#developers")).containsText(target);
			assertThat(talent.locator("#developers")).containsText("Contoso Retail");
			// the graph draws the talent and the new developer
			assertThat(talent.locator("#network-graph")).hasAttribute("data-drawn", "2");
			assertThat(talent.locator("#my-introductions")).containsText("No introduction under way");
		}
		finally {
			talent.context().close();
			manager.context().close();
		}
	}

}
