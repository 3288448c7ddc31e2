package io.cocareer.talent.profile;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;
import io.cocareer.talent.TalentTestPeople;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class ProfileEditingBrowserTests {

	@LocalServerPort
	int port;

	/** Changes only the personal brand of the demo talent: no other test relies on it. */
	@Test
	void talentEditsOwnProfileFixesAValidationErrorAndSeesTheChange() {
		UUID tara = TalentTestPeople.personOf(this.port, "talent");
		Page page = Browser.signedIn(this.port, "talent");
		try {
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My profile").setExact(true)).click();
			page.waitForURL("**/talents/" + tara);
			page.locator("#edit-profile").click();
			page.waitForURL("**/talents/" + tara + "/edit");

			String firstValue = page.getByLabel("Value 1", new Page.GetByLabelOptions().setExact(true)).inputValue();
			String brand = "Known for turning incidents into calm learning, " + System.nanoTime();
			Locator sixthValue = page.getByLabel("Value 6", new Page.GetByLabelOptions().setExact(true));
			sixthValue.fill(firstValue);
			page.locator("#personalBrand").fill(brand);
			page.locator("#save-profile").click();

			// the error sits next to the field, and what was typed is still there
			assertThat(page.locator("input[name='values[5]'] + .invalid-feedback")).containsText("twice");
			assertThat(sixthValue).hasValue(firstValue);
			assertThat(page.locator("#personalBrand")).hasValue(brand);

			sixthValue.fill("");
			page.locator("#save-profile").click();
			page.waitForURL("**/talents/" + tara);

			assertThat(page.locator("#personal-brand")).hasText(brand);
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your profile was saved");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void leadSeesTheNineBoxWithItsCellLabels() {
		Page page = Browser.signedIn(this.port, "lead");
		try {
			// the 9-box is a button on the talent pool's page, under Talents in the bar
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Talent pool").setExact(true)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("9-box").setExact(true)).click();
			page.waitForURL("**/talents/nine-box");

			assertThat(page.locator("#nine-box .cell")).hasCount(9);
			assertThat(page.locator("#nine-box .cell-label").first()).not().isEmpty();
			assertThat(page.locator("#nine-box .cell[data-performance='3'][data-potential='3'] .cell-label"))
				.hasText("Future leader");
			page.locator("#nine-box .cell .chip").first().click();
			page.waitForURL("**/talents/*");
			assertThat(page.locator("#designation")).isVisible();
		}
		finally {
			page.context().close();
		}
	}

}
