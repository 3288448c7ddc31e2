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

			// the tie is drawn in the graph: select both developers where they are drawn, then tie them
			clickNode(page, "Helena Brandt");
			assertThat(page.locator("#graph-selection")).hasText("Selected: Helena Brandt");
			clickNode(page, "Daan Visser");
			assertThat(page.locator("#graph-selection")).hasText("Selected: Helena Brandt, Daan Visser");
			assertThat(page.locator("#graph-edit")).isDisabled();
			Browser.submit(page, page.locator("#graph-tie"));

			assertThat(page.locator("#ties [data-tie]")).hasCount(1);
			assertThat(page.locator("#ties [data-tie]")).containsText("Helena Brandt");
			assertThat(page.locator("#ties [data-tie]")).containsText("Daan Visser");

			// and a tie drawn by mistake goes from the graph as well: select it, remove it, draw it again
			clickAt(page, "g.edges('[kind = \"tie\"]')[0].renderedMidpoint()");
			// a tie keeps its two developers in the order of their ids, so either may come first
			assertThat(page.locator("#graph-selection"))
				.hasText(java.util.regex.Pattern.compile("Selected: (Helena Brandt – Daan Visser|Daan Visser – Helena Brandt)"));
			Browser.submit(page, page.locator("#graph-untie"));
			assertThat(page.locator("#ties [data-tie]")).hasCount(0);
			clickNode(page, "Helena Brandt");
			clickNode(page, "Daan Visser");
			Browser.submit(page, page.locator("#graph-tie"));
			assertThat(page.locator("#ties [data-tie]")).hasCount(1);
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

	/** Clicks a developer's node where the graph drew it, as a mouse would. */
	private static void clickNode(Page page, String name) {
		clickAt(page, "g.nodes().filter((n) => n.data('label') === '" + name + "')[0].renderedPosition()");
	}

	/** Clicks the graph at the rendered position the expression (over the graph {@code g}) gives. */
	private static void clickAt(Page page, String position) {
		assertThat(page.locator("#network-graph")).hasAttribute("data-drawn", java.util.regex.Pattern.compile("\\d+"));
		page.locator("#network-graph").scrollIntoViewIfNeeded();
		// the graph learns where it sits on the page from the scroll event, which comes with the next frames
		page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
		@SuppressWarnings("unchecked")
		java.util.Map<String, Number> at = (java.util.Map<String, Number>) page.evaluate(
				"() => { const g = document.getElementById('network-graph').graph; const p = " + position
						+ "; return { x: p.x, y: p.y }; }");
		com.microsoft.playwright.options.BoundingBox box = page.locator("#network-graph").boundingBox();
		page.mouse().click(box.x + at.get("x").doubleValue(), box.y + at.get("y").doubleValue());
	}

	private static void addDeveloper(Page page, String name, String organisation, String arena, String closeness) {
		page.locator("#add-name").fill(name);
		page.locator("#add-organisation").fill(organisation);
		page.locator("#add-arena").selectOption(arena);
		page.locator("#add-role").selectOption("MENTOR");
		page.locator("#add-closeness").selectOption(closeness);
		Browser.check(page.getByLabel("Coaching"));
		Browser.submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to my map")));
	}

}
