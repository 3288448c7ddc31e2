package io.cocareer.people;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PersonPagesBrowserTests {

	@LocalServerPort
	int port;

	private String idOf(String name) {
		return ApiClient.as(this.port, "lead", "demo")
			.get("/api/v1/people?q=" + name.replace(" ", "%20"))
			.json()
			.path("items")
			.get(0)
			.path("id")
			.asString();
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
	}

	@Test
	void invalidPersonFormShowsFieldErrorsAndKeepsWhatWasTyped() {
		String key = "PF" + (System.nanoTime() % 10_000_000);
		Page page = Browser.signedIn(this.port, "lead");
		try {
			page.navigate("/people/new");
			page.getByLabel("First name").fill("Fiona");
			page.getByLabel("Email").fill("not-an-email");
			page.locator("#employeeId").fill("E000004");
			page.getByLabel("Hire date").fill(LocalDate.now().plusDays(10).toString());
			page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Manager")).fill("E000003");
			save(page);

			assertThat(page.locator("#lastName-errors")).containsText("Required");
			assertThat(page.locator("#email-errors")).containsText("valid email");
			assertThat(page.locator("#hireDate-errors")).containsText("future");
			assertThat(page.getByLabel("First name")).hasValue("Fiona");
			assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Manager"))).hasValue("Marco Rossi");
			assertThat(page.locator("input[type=hidden][name=managerEmployeeId]")).hasValue("E000003");

			page.getByLabel("Last name").fill("Form");
			page.getByLabel("Email").fill(key.toLowerCase() + "@example.com");
			page.getByLabel("Hire date").fill("2024-05-01");
			save(page);
			assertThat(page.locator("#employeeId-errors")).containsText("already used");
			assertThat(page.getByLabel("Last name")).hasValue("Form");

			page.locator("#employeeId").fill(key);
			save(page);
			assertThat(page.locator("#person-name")).hasText("Fiona Form");
			assertThat(page.locator("#person-manager")).hasText("Marco Rossi");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("added");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void talentCannotOpenThePersonForms() {
		Page page = Browser.signedIn(this.port, "talent");
		try {
			Response create = page.navigate("/people/new");
			Response edit = page.navigate("/people/" + idOf("marco rossi") + "/edit");

			assertThat(create.status()).isEqualTo(403);
			assertThat(edit.status()).isEqualTo(403);
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void employmentHistoryIsShownOnlyToWhoMaySeeIt() {
		String marco = idOf("marco rossi");
		String tara = idOf("tara nguyen");
		Page talent = Browser.signedIn(this.port, "talent");
		Page manager = Browser.signedIn(this.port, "manager");
		try {
			talent.navigate("/people/" + marco);
			assertThat(talent.locator("#person-name")).hasText("Marco Rossi");
			assertThat(talent.locator("#employment-history")).hasCount(0);
			talent.navigate("/people/" + tara);
			assertThat(talent.locator("#employment-history")).isVisible();
			manager.navigate("/people/" + tara);
			assertThat(manager.locator("#employment-history")).isVisible();
		}
		finally {
			talent.context().close();
			manager.context().close();
		}
	}

	@Test
	void leadRecordsLeavingAndRehireKeepingTheHistory() {
		String key = "LR" + (System.nanoTime() % 10_000_000);
		ApiClient.Response created = ApiClient.as(this.port, "lead", "demo").post("/api/v1/people", """
				{"employeeId":"%s","firstName":"Leo","lastName":"Boomerang","email":"%s@example.com","hireDate":"2022-01-10"}"""
			.formatted(key, key.toLowerCase()));
		Page page = Browser.signedIn(this.port, "lead");
		try {
			page.navigate("/people/" + created.json().path("id").asString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record leaving")).click();
			assertThat(page.locator("#leftOn-errors")).containsText("Required");

			page.getByLabel("Last day").fill("2024-06-30");
			page.getByLabel("Reason").fill("Travelling the world");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record leaving")).click();
			assertThat(page.locator("h1 .badge")).hasText("Left");
			assertThat(page.locator("#employment-history")).containsText("Travelling the world");

			page.getByLabel("First day back").fill("2025-02-01");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rehire")).click();
			assertThat(page.locator("h1 .badge")).hasText("Active");
			assertThat(page.locator("#employment-history li")).hasCount(2);
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void unitFormShowsADuplicateCodeNextToTheFieldAndAddsANewUnit() {
		String code = "UB" + (System.nanoTime() % 10_000_000);
		Page page = Browser.signedIn(this.port, "lead");
		try {
			page.navigate("/units");
			page.getByLabel("Code").fill("ENG");
			page.getByLabel("Name").fill("Engineering again");
			save(page);
			assertThat(page.locator("#code-errors")).containsText("already used");
			assertThat(page.getByLabel("Name")).hasValue("Engineering again");

			page.getByLabel("Code").fill(code);
			page.getByLabel("Name").fill("Browser unit");
			save(page);
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("unit was added");
			assertThat(page.locator("#units-table")).containsText(code);
		}
		finally {
			page.context().close();
		}
	}

}
