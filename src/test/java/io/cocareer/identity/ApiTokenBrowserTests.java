package io.cocareer.identity;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class ApiTokenBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aTokenIsCreatedShownOnceAndRevoked() {
		String name = "Browser script " + UUID.randomUUID().toString().substring(0, 6);
		Page page = Browser.signedIn(this.port, "alumnus");
		try {
			page.navigate("/account");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
			assertThat(page.locator("#token-form .invalid-feedback")).hasText("Required.");

			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();

			Locator secret = page.locator("#token-secret");
			assertThat(secret).hasValue(Pattern.compile("^cct_.{40,}$"));
			String token = secret.inputValue();
			Assertions.assertThat(ApiClient.withToken(this.port, token).get("/api/v1/me").status())
				.isEqualTo(200);

			page.navigate("/account");
			assertThat(page.locator("#token-secret")).hasCount(0);
			Locator row = page.locator("#tokens tbody tr").filter(new Locator.FilterOptions().setHasText(name));
			assertThat(row.locator(".badge")).hasText("Active");

			page.onceDialog((dialog) -> dialog.accept());
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();

			assertThat(page.getByRole(AriaRole.STATUS)).containsText("The token has been revoked");
			assertThat(row.locator(".badge")).hasText("Revoked");
			Assertions.assertThat(ApiClient.withToken(this.port, token).get("/api/v1/me").status())
				.isEqualTo(401);
		}
		finally {
			page.context().close();
		}
	}

}
