package io.cocareer.network;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A talent builds their map from nothing in the browser: two developers, a tie between them, the
 * graph drawn around them, and the health with its nudges; then shares only the health summary
 * with their manager, who reads the summary and none of the names.
 */
@IntegrationTest
class NetworkBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void aTalentAddsTwoDevelopersAndATieSeesTheGraphAndTheHealthAndSharesTheSummaryWithTheirManager() {
		NetworkPeople hr = new NetworkPeople(this.port, this.people, this.accounts);
		NetworkPeople.Member manager = hr.hire(null, Role.MANAGER);
		NetworkPeople.Member talent = hr.hire(manager.personId(), Role.TALENT);
		Page page = Browser.signIn(Browser.newPage(this.port), this.port, talent.username(), NetworkPeople.PASSWORD);
		try {
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My network").setExact(true)).click();
			assertThat(page.locator("h1")).hasText("My developmental network");

			addDeveloper(page, "Helena Brandt", "Northwind Logistics", "PRIOR_EMPLOYER", "5");
			assertThat(page.locator(".alert-success")).containsText("on your map");
			page.getByText("Add a developer").click();
			addDeveloper(page, "Daan Visser", "TU Delft", "EDUCATION", "2");

			page.locator("#tie-oneId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Helena Brandt"));
			page.locator("#tie-otherId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Daan Visser"));
			Browser.submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the tie")));

			assertThat(page.locator("#ties")).containsText("knows");
			// the graph draws the talent, both developers: three nodes
			assertThat(page.locator("#network-graph")).hasAttribute("data-drawn", "3");
			assertThat(page.locator("#network-graph canvas").first()).isVisible();
			assertThat(page.locator("#measures")).containsText("Effective size");
			assertThat(page.locator("#nudges")).containsText("Your developers come from only 2 arenas");

			page.locator("#share-audience").selectOption("MANAGER");
			page.locator("#share-scope").selectOption("HEALTH");
			Browser.submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share").setExact(true)));
			assertThat(page.locator("#sharing [data-share=MANAGER]")).containsText("health summary");
		}
		finally {
			page.context().close();
		}

		Page managers = Browser.signIn(Browser.newPage(this.port), this.port, manager.username(), NetworkPeople.PASSWORD);
		try {
			managers.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My network").setExact(true)).click();
			managers.locator("#shared-with-me").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(talent.name())).click();
			assertThat(managers.locator("h1")).containsText(talent.name());
			assertThat(managers.locator("#measures")).containsText("Effective size");
			assertThat(managers.locator("#nudges")).containsText("only 2 arenas");
			// the summary only: neither developer's name, nor their organisation, is on the page
			assertThat(managers.locator("main")).not().containsText("Helena Brandt");
			assertThat(managers.locator("main")).not().containsText("Daan Visser");
			assertThat(managers.locator("main")).not().containsText("Northwind");
			assertThat(managers.locator("#developers")).hasCount(0);
		}
		finally {
			managers.context().close();
		}
	}

	private static void addDeveloper(Page page, String name, String organisation, String arena, String closeness) {
		page.locator("#add-name").fill(name);
		page.locator("#add-organisation").fill(organisation);
		page.locator("#add-arena").selectOption(arena);
		page.locator("#add-role").selectOption("MENTOR");
		page.locator("#add-closeness").selectOption(closeness);
		page.getByLabel("Coaching").check();
		Browser.submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to my map")));
	}

}
