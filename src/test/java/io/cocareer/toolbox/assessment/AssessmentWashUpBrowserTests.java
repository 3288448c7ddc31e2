package io.cocareer.toolbox.assessment;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.Browser;
import io.cocareer.support.IntegrationTest;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.pool.TalentPoolService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cocareer.toolbox.assessment.AssessmentPeople.API;

/**
 * The browser journey through an assessment centre's wash-up, for people hired for it:
 * the talent lead has set the centre up and opened it for ratings; two assessors rate a talent on
 * their rating sheets (one of them, refused first, learns every error at once); the manager of the
 * talent finds no sheet for them; the lead starts the wash-up, sees both assessors' ratings side by
 * side with their spread, records the consensus (refused first without one for every competency),
 * finalises and releases the report; the talent reads it, without the individual ratings, and
 * their profile shows the new competency evidence.
 */
@IntegrationTest
class AssessmentWashUpBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TalentPoolService pool;

	@Autowired
	CompetencyCatalogue catalogue;

	@Test
	void twoAssessorsRateTheLeadWashesUpAndReleasesAndTheTalentReadsTheirReport() {
		AssessmentPeople staff = new AssessmentPeople(this.port, this.people, this.accounts, this.pool, this.catalogue);
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member manager = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member first = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member second = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member talent = staff.talent(lead, manager.personId());
		AssessmentPeople.Centre centre = staff.setUp(lead.api(), List.of(talent), List.of(first, second, manager));
		lead.api().post(API + "/centres/" + centre.id() + "/open-ratings", "{}");
		List<String> names = this.catalogue.competencies()
			.stream()
			.filter((c) -> c.id().equals(centre.first()) || c.id().equals(centre.second()))
			.map(CompetencyView::name)
			.toList();
		String centrePath = "/toolbox/assessment/centres/" + centre.id();

		// 1. the first assessor rates the talent from the toolbox, through a refusal with every error
		Page assessor = as(first);
		try {
			assessor.navigate("/toolbox");
			assessor.locator("#assessment-card").getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("Assessment centres")).click();
			assessor.waitForURL("**/toolbox/assessment");
			assessor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leadership centre")).first().click();
			assessor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rate " + talent.name())).first()
				.click();
			assertThat(assessor.locator("h1")).hasText("Rating sheet: " + talent.name());
			assessor.locator("#rating-0").selectOption("4");
			assessor.locator("#rating-1").selectOption("3");
			assessor.locator("#evidence-1").fill("Clear and short replies to every mail");
			assessor.locator("#evidence-2").fill("Calmed the client but agreed to nothing");
			Browser.submit(assessor, assessor.locator("#sheet-form button[type=submit]"));
			assertThat(assessor.locator("#rating-0-errors")).isHidden();
			assertThat(assessor.locator("#evidence-0 + .invalid-feedback, #evidence-0-errors"))
				.containsText("Write down the evidence you observed for this rating.");
			assertThat(assessor.locator("#rating-2-errors")).containsText("Give a rating from 1 to 5 for this evidence.");
			assessor.locator("#evidence-0").fill("Sorted the inbox by urgency and delegated well");
			assessor.locator("#rating-2").selectOption("3");
			Browser.submit(assessor, assessor.locator("#sheet-form button[type=submit]"));
			assertThat(assessor.locator(".alert-success")).hasText("Your ratings are saved.");
			assertThat(assessor.locator("#rating-0")).hasValue("4");
		}
		finally {
			assessor.context().close();
		}

		// 2. the second assessor rates too; the talent's manager, an assessor as well, has no sheet for them
		Page other = as(second);
		try {
			other.navigate(centrePath + "/ratings/" + talent.personId());
			other.locator("#rating-0").selectOption("2");
			other.locator("#evidence-0").fill("Left half the inbox untouched");
			other.locator("#rating-1").selectOption("3");
			other.locator("#evidence-1").fill("Polite, a little long");
			other.locator("#rating-2").selectOption("4");
			other.locator("#evidence-2").fill("Found a compromise with the client");
			Browser.submit(other, other.locator("#sheet-form button[type=submit]"));
			assertThat(other.locator(".alert-success")).hasText("Your ratings are saved.");
		}
		finally {
			other.context().close();
		}
		Page managing = as(manager);
		try {
			managing.navigate(centrePath);
			assertThat(managing.locator("h1")).hasText("Leadership centre");
			assertThat(managing.locator("#to-rate")).hasCount(0);
			managing.navigate(centrePath + "/ratings/" + talent.personId());
			assertThat(managing.locator("h1")).not().hasText("Rating sheet: " + talent.name());
		}
		finally {
			managing.context().close();
		}

		// 3. the lead holds the wash-up: both assessors side by side, the consensus, finalise, release
		Page chair = as(lead);
		try {
			chair.navigate(centrePath);
			assertThat(chair.locator("#centre-status")).hasText("Open for ratings");
			Browser.submit(chair, chair.locator("#wash-up-form button[type=submit]"));
			assertThat(chair.locator(".alert-success")).hasText("The wash-up has started.");
			chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chair the wash-up")).click();
			assertThat(chair.locator("h1")).hasText("Wash-up: " + talent.name());
			Locator firstRow = chair.locator("#washup-table .washup-row").first();
			assertThat(firstRow).containsText(first.name() + ": 4");
			assertThat(firstRow).containsText(second.name() + ": 2");
			assertThat(firstRow).containsText("Sorted the inbox by urgency");
			assertThat(firstRow.locator(".spread")).containsText("2 to 4 (spread 2)");
			assertThat(firstRow.locator(".spread")).containsText("Discuss");

			chair.locator("#consensus-0").selectOption("3");
			chair.locator("#rationale-0").fill("Good priorities, delegation still to grow");
			Browser.submit(chair, chair.locator("#finalise-washup"));
			assertThat(chair.locator("#consensus-1-errors"))
				.containsText("Give a consensus rating for every competency before finalising.");
			chair.locator("#consensus-1").selectOption("4");
			chair.locator("#rationale-1").fill("Clear with the client and in writing");
			chair.locator("#developmentSuggestions").fill("Lead the next quarterly planning with a mentor at your side");
			Browser.submit(chair, chair.locator("#finalise-washup"));
			assertThat(chair.locator(".alert-success")).hasText("The wash-up is finalised.");
			assertThat(chair.locator("#washup-status")).hasText("Finalised");
			assertThat(chair.locator("#washup-form")).hasCount(0);
			Browser.submit(chair, chair.locator("#release-form button[type=submit]"));
			assertThat(chair.locator(".alert-success")).containsText("released");
			assertThat(chair.locator("#washup-status")).hasText("Released");
		}
		finally {
			chair.context().close();
		}

		// 4. the talent reads their report, and their profile shows the new evidence
		Page reader = as(talent);
		try {
			reader.navigate("/toolbox");
			reader.locator("#assessment-card a").first().click();
			reader.waitForURL("**/toolbox/assessment");
			reader.locator("#my-reports .report-link").first().click();
			assertThat(reader.locator("h1")).hasText("Report: Leadership centre");
			Locator lines = reader.locator("#report-lines");
			assertThat(lines).containsText(names.get(0));
			assertThat(lines).containsText("Good priorities, delegation still to grow");
			assertThat(lines).containsText("4 of 5");
			assertThat(reader.locator("#development")).containsText("Lead the next quarterly planning");
			assertThat(reader.locator("main")).not().containsText("Sorted the inbox by urgency");
			assertThat(reader.locator("main")).not().containsText(first.name());

			reader.navigate("/talents/me");
			Locator competencies = reader.locator("#competencies");
			assertThat(competencies).containsText(names.get(1));
			assertThat(competencies).containsText("Assessment centre \"Leadership centre\"");
			assertThat(competencies).containsText("consensus level 4 of 5");
		}
		finally {
			reader.context().close();
		}
	}

	private Page as(AssessmentPeople.Member member) {
		return Browser.signIn(Browser.newPage(this.port), this.port, member.username(), AssessmentPeople.PASSWORD);
	}

}
