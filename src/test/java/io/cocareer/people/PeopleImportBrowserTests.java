package io.cocareer.people;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class PeopleImportBrowserTests {

	private static final String HEADER = "employee_id,first_name,last_name,email,title,unit_code,manager_employee_id,hire_date\n";

	@LocalServerPort
	int port;

	private static void upload(Page page, String fileName, String content) {
		page.navigate("/people/import");
		page.setInputFiles("#file", new FilePayload(fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
	}

	@Test
	void aFileWithABadRowShowsTheErrorAndCannotBeImported() {
		String key = "BR" + (System.nanoTime() % 10_000_000);
		Page page = Browser.signedIn(this.port, "lead");
		try {
			upload(page, "bad-row.csv", HEADER + """
					%1$s,Bella,Good,%2$s@example.com,Analyst,ENG,,2024-01-10
					%1$sB,Bruno,Bad,%2$s.b@example,Analyst,ENG,,2024-02-30
					""".formatted(key, key.toLowerCase()));

			assertThat(page.locator("#batch-rejected")).containsText("Fix the file and upload it again");
			assertThat(page.locator("#batch-errors tbody tr").first()).containsText("3");
			assertThat(page.locator("#batch-errors")).containsText("is not a valid email address");
			assertThat(page.locator("#batch-errors")).containsText("2024-02-30 is not a date");
			assertThat(page.locator("#run-import")).hasCount(0);
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void aValidFileIsImportedWithProgressAndTheNewPersonIsInTheDirectory() {
		String key = "GD" + (System.nanoTime() % 10_000_000);
		Page page = Browser.signedIn(this.port, "lead");
		try {
			upload(page, "good.csv", HEADER + """
					%1$s,Greta,Imported%1$s,%2$s@example.com,Data analyst,ENG,,2024-01-10
					""".formatted(key, key.toLowerCase()));
			assertThat(page.locator("#count-created")).hasText("1");

			page.locator("#run-import").click();

			assertThat(page.locator("#batch-progress")).isVisible();
			assertThat(page.locator("#batch-done")).containsText("1 new");
			assertThat(page.locator("#progress-text")).containsText("1 of 1");
			page.navigate("/people?q=" + key.toLowerCase());
			assertThat(page.locator("#people-table")).containsText("Greta Imported" + key);
			page.navigate("/people/import");
			assertThat(page.locator("#import-history")).containsText("good.csv");
		}
		finally {
			page.context().close();
		}
	}

}
