package io.cocareer.toolbox.diagnostic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.answer;
import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.answers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the diagnostic as the demo's lead, manager and talent (the toolbox card, the list
 * with its history, a result with its bars, fits, reasons and links, the answer form, the
 * comparison, starting one); the forms show every error at once next to its item or field; an
 * administrator and an outsider find nothing.
 */
@IntegrationTest
class DiagnosticPagesIntegrationTests {

	private static final Pattern LINK = Pattern.compile("href=\"(/toolbox/diagnostic/[0-9a-f-]{36})\"[^>]*>([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	/** The path of the diagnostic with this title on the list page. */
	private static String pathOf(String listPage, String title) {
		Matcher matcher = LINK.matcher(listPage);
		while (matcher.find()) {
			if (matcher.group(2).trim().equals(title)) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("No link to " + title);
	}

	@Test
	void theLeadSeesEveryPageOfTheDemosDiagnostics() {
		WebSession lead = WebSession.signIn(this.port, "lead");
		WebSession.Page hub = lead.get("/toolbox");
		assertThat(hub.body()).contains("diagnostic-card", "Run a diagnostic", "/toolbox/diagnostic/new");

		WebSession.Page list = lead.get("/toolbox/diagnostic");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("When-to-use diagnostic", "History", "Organisation, this year",
				"Organisation, last year", "Our unit, this year", "Organisation, follow-up after the pilots", "compare-form",
				"new-diagnostic");

		String latest = pathOf(list.body(), "Organisation, this year");
		WebSession.Page result = lead.get(latest);
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("Score per condition", "progress-bar", "Readiness", "What fits",
				"Tours of duty", "Adopt", "In favour: talents are highly mobile", "href=\"/tours\"",
				"href=\"/toolbox/guidance/tours-of-duty\"", "thresholds-note", "not validated", "Respondents",
				"Compare with the previous one", "the items do not agree well enough to trust this condition");
		assertThat(result.body()).as("the demo lead answered it too: their own answers, nobody else's")
			.contains("Your answers", "Only you see your answers")
			.doesNotContain("close-form");

		Matcher compare = Pattern.compile("href=\"(/toolbox/diagnostic/compare\\?[^\"]+)\"").matcher(result.body());
		assertThat(compare.find()).isTrue();
		WebSession.Page comparison = lead.get(compare.group(1).replace("&amp;", "&"));
		assertThat(comparison.status()).as(comparison.body()).isEqualTo(200);
		assertThat(comparison.body()).contains("Comparison of two diagnostics", "Organisation, last year",
				"Organisation, this year", "change-readiness", "+0.");

		String open = pathOf(list.body(), "Organisation, follow-up after the pilots");
		WebSession.Page running = lead.get(open);
		assertThat(running.body()).contains("The result is shown once the talent lead closes the diagnostic",
				"close-form", "not yet", "answered").doesNotContain("What fits");

		WebSession.Page form = lead.get("/toolbox/diagnostic/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("create-form", "name=\"title\"", "name=\"respondents[0]\"", "name=\"weightC1\"",
				"name=\"unitId\"");
		assertThat(lead.get("/toolbox/diagnostic/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void theManagerAndTheTalentSeeTheirsAndAnswerTheOpenOne() {
		WebSession talent = WebSession.signIn(this.port, "talent");
		WebSession.Page hub = talent.get("/toolbox");
		assertThat(hub.body()).contains("diagnostic-card", "Answer yours");
		WebSession.Page list = talent.get("/toolbox/diagnostic");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Waiting for your answers", "Organisation, follow-up after the pilots",
				"Organisation, this year").doesNotContain("new-diagnostic");
		String latest = pathOf(list.body(), "Organisation, this year");
		WebSession.Page result = talent.get(latest);
		assertThat(result.body()).contains("What fits", "Your answers", "Only you see your answers")
			.doesNotContain("id=\"respondents\"");

		String open = pathOf(list.body(), "Organisation, follow-up after the pilots");
		WebSession.Page page = talent.get(open);
		assertThat(page.body()).contains("The result is shown once the talent lead closes the diagnostic", "answer-link");
		WebSession.Page form = talent.get(open + "/answers");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("answers-form", "Our key talents receive outside offers at least yearly.",
				"Strongly disagree", "name=\"answers[C5_3]\"");

		WebSession manager = WebSession.signIn(this.port, "manager");
		assertThat(manager.get("/toolbox").body()).contains("diagnostic-card");
		WebSession.Page managerList = manager.get("/toolbox/diagnostic");
		assertThat(managerList.body()).contains("Our unit, this year", "Waiting for your answers");
		WebSession.Page unit = manager.get(pathOf(managerList.body(), "Our unit, this year"));
		assertThat(unit.status()).isEqualTo(200);
		assertThat(unit.body()).contains("Alumni and boomerangs", "Stay with the classic toolbox");
		assertThat(manager.get("/toolbox/diagnostic/new").status()).as("the lead starts them").isEqualTo(403);
		assertThat(manager.get(open + "/answers").status()).isEqualTo(200);
	}

	@Test
	void formsShowEveryErrorNextToItsItemOrField() {
		DiagnosticPeople staff = new DiagnosticPeople(this.port, this.people, this.accounts);
		DiagnosticPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		List<DiagnosticPeople.Member> respondents = staff.talents(5);
		DiagnosticPeople.Member outsider = staff.hire(null, Role.TALENT);
		WebSession session = lead.session();

		WebSession.Page form = session.get("/toolbox/diagnostic/new");
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("title", "");
		bad.put("scope", "UNIT");
		bad.put("unitId", "");
		bad.put("respondents[0]", respondents.get(0).employeeId());
		bad.put("respondents[1]", "NOBODY-42");
		bad.put("weightC1", "0");
		bad.put("weightC2", "1");
		bad.put("weightC3", "1");
		bad.put("weightC4", "1");
		bad.put("weightC5", "1");
		WebSession.Page refused = session.post("/toolbox/diagnostic", form, bad);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Give the diagnostic a title.", "Choose the unit.",
				"A weight is above 0 and at most 100.", "respondent-1-errors");

		Map<String, String> good = new LinkedHashMap<>();
		good.put("title", "Pages test");
		good.put("scope", "ORGANISATION");
		for (int i = 0; i < respondents.size(); i++) {
			good.put("respondents[" + i + "]", respondents.get(i).employeeId());
		}
		good.put("respondents[5]", "");
		WebSession.Page tooFew = session.post("/toolbox/diagnostic", form,
				Map.of("title", "Pages test", "scope", "ORGANISATION", "respondents[0]", respondents.get(0).employeeId()));
		assertThat(tooFew.body()).contains("Ask at least 5 people");
		WebSession.Page created = session.post("/toolbox/diagnostic", form, good);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String path = created.location().replaceFirst("^https?://[^/]+", "");
		assertThat(session.get(path).body()).contains("Pages test", "0 of 5");

		WebSession respondent = respondents.get(0).session();
		WebSession.Page answerForm = respondent.get(path + "/answers");
		Map<String, String> partial = new LinkedHashMap<>();
		answers(3, 3, 3, 3, 3).forEach((item, value) -> partial.put("answers[" + item + "]", String.valueOf(value)));
		partial.remove("answers[C2_2]");
		partial.remove("answers[C4_1]");
		partial.put("answers[C1_1]", "9");
		WebSession.Page missing = respondent.post(path + "/answers", answerForm, partial);
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("missing: 2, out of range: 1", "item-C2_2-error", "item-C4_1-error",
				"item-C1_1-error", "Choose an answer for this statement.",
				"The answer is from 1 (strongly disagree) to 5 (strongly agree).")
			.doesNotContain("item-C3_1-error");
		assertThat(missing.body()).as("what was chosen stays chosen").containsPattern(
				"value=\"3\"\\s+id=\"answer-C3_1-3\"[^>]*checked");

		partial.put("answers[C2_2]", "4");
		partial.put("answers[C4_1]", "2");
		partial.put("answers[C1_1]", "5");
		WebSession.Page saved = respondent.post(path + "/answers", answerForm, partial);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(respondent.get(path).body()).contains("Your answers are saved.", "Change your answers");
		for (int i = 1; i < 5; i++) {
			answer(respondents.get(i), path.substring(path.lastIndexOf('/') + 1), answers(4, 4, 4, 4, 4));
		}
		WebSession.Page detail = session.get(path);
		WebSession.Page closed = session.post(path + "/close", detail, Map.of());
		assertThat(closed.status()).isEqualTo(302);
		assertThat(session.get(path).body()).contains("The diagnostic is closed; its result is frozen.");
		WebSession.Page again = session.post(path + "/close", detail, Map.of());
		assertThat(again.status()).isEqualTo(302);
		assertThat(session.get(path).body()).as("the refusal above the page")
			.contains("id=\"problem\"", "This diagnostic is closed");
		String id = path.substring(path.lastIndexOf('/') + 1);
		WebSession.Page same = session.get("/toolbox/diagnostic/compare?first=" + id + "&second=" + id);
		assertThat(same.status()).isEqualTo(302);
		assertThat(session.get("/toolbox/diagnostic").body()).contains("Choose two different diagnostics to compare.");
		assertThat(respondent.get(path).body()).contains("What fits", "Readiness");
		assertThat(respondent.get(path + "/answers").status()).as("closed: no more answers").isEqualTo(409);

		assertThat(outsider.session().get(path).status()).isEqualTo(404);
		assertThat(WebSession.signIn(this.port, "admin").get("/toolbox/diagnostic").status()).isEqualTo(403);
		assertThat(ApiClient.as(this.port, "admin", "demo").get("/api/v1/diagnostics").status()).isEqualTo(403);
	}

}
