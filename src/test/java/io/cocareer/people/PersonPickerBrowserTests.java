package io.cocareer.people;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.Axe;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The person picker (fragments/person-picker) as people use it: by typing part of a name and
 * choosing with the mouse or the keyboard, with errors next to the field, and without JavaScript.
 */
@IntegrationTest
class PersonPickerBrowserTests {

	@LocalServerPort
	int port;

	/** A person of their own for each test, so choosing their manager changes nobody else's. */
	private String newPerson(String lastName) {
		String key = "PK" + Long.toString(System.nanoTime(), 36).toUpperCase();
		return ApiClient.as(this.port, "lead", "demo").post("/api/v1/people", """
				{"employeeId":"%s","firstName":"Pia","lastName":"%s","email":"%s@example.com","hireDate":"2023-04-01"}"""
			.formatted(key, lastName, key.toLowerCase()))
			.json()
			.path("id")
			.asString();
	}

	private static Locator manager(Page page) {
		return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Manager"));
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
	}

	@Test
	void aManagerIsPickedByTypingPartOfTheNameAndClickingThem() {
		String id = newPerson("Mouse");
		Page page = Browser.signedIn(this.port, "lead");
		try {
			page.navigate("/people/" + id + "/edit");
			assertThat(manager(page)).hasAttribute("aria-expanded", "false");
			manager(page).pressSequentially("marco ros");

			Locator list = page.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName("Manager"));
			assertThat(list).isVisible();
			assertThat(manager(page)).hasAttribute("aria-expanded", "true");
			assertThat(page.locator("#managerEmployeeId-status")).containsText("1 match");
			list.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName("Marco Rossi")).click();

			assertThat(list).isHidden();
			assertThat(manager(page)).hasValue("Marco Rossi");
			assertThat(page.locator("input[type=hidden][name=managerEmployeeId]")).hasValue("E000003");
			assertThat(page.locator("#managerEmployeeId-chosen")).containsText("Chosen: Marco Rossi (E000003)");
			save(page);

			assertThat(page.locator("#person-manager")).hasText("Marco Rossi");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void aManagerIsPickedWithTheKeyboardAlone() {
		String id = newPerson("Keys");
		BrowserContext context = Browser.shared().newContext(Browser.options(this.port).setBypassCSP(true));
		context.setDefaultTimeout(15_000);
		Page page = Browser.signedIn(context.newPage(), this.port, "lead");
		try {
			page.navigate("/people/" + id + "/edit");
			manager(page).focus();
			page.keyboard().type("berger");
			Locator options = page.locator("#managerEmployeeId-listbox [role=option]");
			assertThat(options.first()).containsText("Hannah Berger");

			page.keyboard().press("ArrowDown");
			Locator first = options.first();
			assertThat(first).hasAttribute("aria-selected", "true");
			assertThat(manager(page)).hasAttribute("aria-activedescendant", first.getAttribute("id"));
			// axe finds nothing critical or serious in the open combobox either
			org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).isEmpty();
			// Escape closes the list and keeps what was typed; the arrow opens it again
			page.keyboard().press("Escape");
			assertThat(manager(page)).hasAttribute("aria-expanded", "false");
			assertThat(manager(page)).hasValue("berger");
			page.keyboard().press("ArrowDown");
			assertThat(manager(page)).hasAttribute("aria-expanded", "true");
			page.keyboard().press("Enter");

			assertThat(manager(page)).hasValue("Hannah Berger");
			assertThat(manager(page)).hasAttribute("aria-expanded", "false");
			assertThat(page.locator("#managerEmployeeId-chosen")).containsText("Hannah Berger");
			// with the list closed, Enter sends the form as in any text box
			page.keyboard().press("Enter");

			assertThat(page.locator("#person-manager")).hasText("Hannah Berger");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void somethingTypedButNobodyChosenAndNobodyAtAllAreShownNextToTheField() {
		String id = newPerson("Errors");
		Page page = Browser.signedIn(this.port, "lead");
		try {
			page.navigate("/people/" + id + "/edit");
			manager(page).fill("zz nobody");
			save(page);

			assertThat(page.locator("#managerEmployeeId-errors")).containsText("Nobody is known as “zz nobody”");
			assertThat(manager(page)).hasAttribute("aria-invalid", "true");
			assertThat(manager(page)).hasValue("zz nobody");

			page.navigate("/talents/designate");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Designate")).click();
			assertThat(page.locator("#employeeId-errors")).containsText("Choose a person");
			assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person")))
				.hasAttribute("aria-describedby", "employeeId-chosen employeeId-hint employeeId-errors");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void withoutJavaScriptThePickerTakesAnEmployeeId() {
		String id = newPerson("Plain");
		Page page = Browser.signedInWithoutJavaScript(this.port, "lead");
		try {
			page.navigate("/people/" + id + "/edit");
			page.locator("#managerEmployeeId").fill("E000003");
			save(page);

			assertThat(page.locator("#person-manager")).hasText("Marco Rossi");
			page.navigate("/people/" + id + "/edit");
			assertThat(page.locator("#managerEmployeeId")).hasValue("E000003");
			assertThat(page.locator("#managerEmployeeId-chosen")).containsText("Chosen: Marco Rossi");
		}
		finally {
			page.context().close();
		}
	}

}
