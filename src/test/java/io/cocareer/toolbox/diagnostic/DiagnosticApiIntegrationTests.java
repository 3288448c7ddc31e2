package io.cocareer.toolbox.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.API;
import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.answer;
import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.answers;
import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.body;
import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.create;
import static io.cocareer.toolbox.diagnostic.DiagnosticPeople.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The diagnostic over the API: created by the talent lead, answered by its respondents (every item,
 * 1 to 5, all faults named at once), closed, its result read as aggregates only by those who may;
 * 404 for everybody else, the gate's 403 for administrators; the demo's diagnostics and figures
 * (leaving and erasure: {@link DiagnosticLeavingApiIntegrationTests}). Each test hires its own people.
 */
@IntegrationTest
class DiagnosticApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	List<ToolboxFigures> figures;

	private DiagnosticPeople staff() {
		return new DiagnosticPeople(this.port, this.people, this.accounts);
	}

	@Test
	void aDiagnosticIsCreatedAnsweredClosedAndItsResultRead() {
		DiagnosticPeople staff = staff();
		DiagnosticPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		List<DiagnosticPeople.Member> respondents = staff.talents(5);
		DiagnosticPeople.Member outsider = staff.hire(null, Role.TALENT);

		ApiClient.Response created = lead.api().post(API, json(body("title", "Organisation, spring", "scope",
				"ORGANISATION", "respondents", respondents.stream().map(DiagnosticPeople.Member::personId).toList(),
				"weights", Map.of("C1", 2.0))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.location()).endsWith(API + "/" + id);
		assertThat(created.json().path("status").asString()).isEqualTo("OPEN");
		assertThat(created.json().path("respondentCount").asInt()).isEqualTo(5);
		assertThat(created.json().path("weights").path("C1").asDouble()).isEqualTo(2.0);

		// four answer C1 5, C2 4, C3 3, C4 2, C5 1; the fifth C1 3, C2 4, C3 3, C4 4, C5 1
		for (int i = 0; i < 4; i++) {
			answer(respondents.get(i), id, answers(5, 4, 3, 2, 1));
		}
		answer(respondents.get(4), id, answers(3, 4, 3, 4, 1));

		JsonNode mine = respondents.get(4).api().get(API + "/" + id).json();
		assertThat(mine.path("resultState").asString()).as("respondents see it once closed").isEqualTo("NOT_CLOSED");
		assertThat(mine.path("myAnswers").path("C1_1").asInt()).isEqualTo(3);
		assertThat(mine.path("respondents").isNull()).as("who answered is the lead's").isTrue();
		assertThat(mine.path("mayAnswer").asBoolean()).isTrue();

		JsonNode soFar = lead.api().get(API + "/" + id).json();
		assertThat(soFar.path("resultState").asString()).as("not even the lead while answers come in")
			.isEqualTo("NOT_CLOSED");
		assertThat(soFar.path("result").isNull()).isTrue();
		assertThat(soFar.path("myAnswers").isNull()).as("the lead sees no one's answers").isTrue();
		assertThat(soFar.path("respondents")).hasSize(5);
		assertThat(soFar.path("respondents").get(0).path("answered").asBoolean()).isTrue();
		assertThat(soFar.toString()).as("no answers of anyone in the lead's view").doesNotContain("C1_1");

		assertThat(outsider.api().get(API + "/" + id).status()).as("not asked: it does not exist").isEqualTo(404);
		assertThat(outsider.api().put(API + "/" + id + "/answers", json(body("answers", answers(3, 3, 3, 3, 3)))).status())
			.isEqualTo(404);
		assertThat(respondents.get(0).api().post(API + "/" + id + "/close", "{}").code())
			.isEqualTo("toolbox.diagnostic.denied.close");
		assertThat(outsider.api().get(API).json().toString()).doesNotContain(id);

		ApiClient.Response closed = lead.api().post(API + "/" + id + "/close", "{}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(lead.api().post(API + "/" + id + "/close", "{}").code()).isEqualTo("toolbox.diagnostic.rule.closed");
		ApiClient.Response late = respondents.get(0).api().put(API + "/" + id + "/answers",
				json(body("answers", answers(1, 1, 1, 1, 1))));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.code()).isEqualTo("toolbox.diagnostic.rule.closed");

		JsonNode result = respondents.get(0).api().get(API + "/" + id).json().path("result");
		assertThat(result.path("responseCount").asInt()).isEqualTo(5);
		// S1 = (mean of 12×5 and 3×3 = 69/15 = 4.6, - 1) / 4 = 0.9; S2 = (4 - 1)/4 = 0.75; S3 = 0.5
		// S4 = (mean of 8×2, 2×4 = 24/10 = 2.4, - 1) / 4 = 0.35; S5 = 0
		JsonNode conditions = result.path("conditions");
		assertThat(conditions.get(0).path("score").asDouble()).isCloseTo(0.9, within(1e-9));
		assertThat(conditions.get(1).path("score").asDouble()).isCloseTo(0.75, within(1e-9));
		assertThat(conditions.get(3).path("score").asDouble()).isCloseTo(0.35, within(1e-9));
		assertThat(conditions.get(4).path("score").asDouble()).isCloseTo(0.0, within(1e-9));
		// R with w1 = 2: (2·0.9 + 0.75 + 0.5 + 0.35 + 0) / 6 = 3.4 / 6
		assertThat(result.path("readiness").asDouble()).isCloseTo(3.4 / 6, within(1e-9));
		JsonNode tours = result.path("fits").get(0);
		assertThat(tours.path("approach").asString()).isEqualTo("TOURS_OF_DUTY");
		// (0.9 + 0.75 + 0.5) / 3 = 0.7167 -> adopt
		assertThat(tours.path("fit").asDouble()).isCloseTo(2.15 / 3, within(1e-9));
		assertThat(tours.path("band").asString()).isEqualTo("ADOPT");
		assertThat(tours.path("home").asString()).isEqualTo("/tours");
		assertThat(tours.path("guidance").asString()).isEqualTo("/toolbox/guidance/tours-of-duty");
		assertThat(tours.path("explanation").get(0).asString()).startsWith("In favour: talents are highly mobile (0.90)");
		// ODN (0.9 + 0.35)/2 = 0.625 adopt; Alumni (0.9 + 0.35 + 0)/3 = 0.4167 pilot
		assertThat(result.path("fits").get(1).path("band").asString()).isEqualTo("ADOPT");
		assertThat(result.path("fits").get(2).path("band").asString()).isEqualTo("PILOT");
		assertThat(result.path("fits").get(2).path("explanation").toString()).contains("Holding it back:",
				"boomeranging is hardly realistic (0.00)");
		assertThat(result.path("thresholdsValidated").asBoolean()).isFalse();
		// C1: totals 15,15,15,15,9: the items agree perfectly (alpha 1); C5: everyone 3 -> no spread
		assertThat(conditions.get(0).path("alpha").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(conditions.get(0).path("alphaStatus").asString()).isEqualTo("TRUSTED");
		assertThat(conditions.get(4).path("alphaStatus").asString()).isEqualTo("NO_SPREAD");
	}

	@Test
	void missingAndOutOfRangeAnswersAreRefusedNamingEveryItem() {
		DiagnosticPeople staff = staff();
		DiagnosticPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		List<DiagnosticPeople.Member> respondents = staff.talents(5);
		String id = create(lead.api(), "ORGANISATION", null, respondents);
		Map<String, Integer> answers = answers(3, 3, 3, 3, 3);
		answers.remove("C2_2");
		answers.remove("C5_3");
		answers.put("C1_1", 6);
		answers.put("C4_1", 0);
		answers.put("C9_9", 3);
		ApiClient.Response refused = respondents.get(0).api().unchecked().put(API + "/" + id + "/answers",
				json(body("answers", answers)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.code()).isEqualTo("toolbox.diagnostic.answers.invalid");
		JsonNode problem = refused.json();
		assertThat(problem.path("missingItems").toString()).isEqualTo("[\"C2_2\",\"C5_3\"]");
		assertThat(problem.path("outOfRangeItems").toString()).isEqualTo("[\"C1_1\",\"C4_1\"]");
		assertThat(problem.path("unknownItems").toString()).isEqualTo("[\"C9_9\"]");
		assertThat(problem.path("errors")).hasSize(5);
		assertThat(problem.path("detail").asString()).contains("missing: 2", "out of range: 2");

		ApiClient.Response empty = respondents.get(0).api().unchecked().put(API + "/" + id + "/answers", "{}");
		assertThat(empty.code()).isEqualTo("toolbox.diagnostic.answers.invalid");
		assertThat(empty.json().path("missingItems")).hasSize(13);
		assertThat(respondents.get(0).api().get(API + "/" + id).json().path("myAnswers").isNull())
			.as("nothing stored").isTrue();
		ApiClient.Response wrongType = respondents.get(0).api().unchecked().put(API + "/" + id + "/answers",
				"{\"answers\": {\"C1_1\": \"lots\"}}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.isProblem()).isTrue();

		answer(respondents.get(0), id, answers(3, 3, 3, 3, 3));
		answer(respondents.get(0), id, answers(4, 4, 4, 4, 4));
		assertThat(respondents.get(0).api().get(API + "/" + id).json().path("myAnswers").path("C5_3").asInt())
			.as("answers change until closed").isEqualTo(4);
		assertThat(lead.api().get(API + "/" + id).json().path("responseCount").asInt()).isEqualTo(1);
	}

	@Test
	void aClosedDiagnosticWithFewerThanFiveAnswersShowsNoResult() {
		DiagnosticPeople staff = staff();
		DiagnosticPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		List<DiagnosticPeople.Member> respondents = staff.talents(5);
		String id = create(lead.api(), "ORGANISATION", null, respondents);
		for (int i = 0; i < 4; i++) {
			answer(respondents.get(i), id, answers(5, 4, 3, 2, 1));
		}
		lead.api().post(API + "/" + id + "/close", "{}");
		JsonNode closed = respondents.get(0).api().get(API + "/" + id).json();
		assertThat(closed.path("resultState").asString()).isEqualTo("TOO_FEW_ANSWERS");
		assertThat(closed.path("result").isNull()).isTrue();
		assertThat(closed.path("responseCount").asInt()).isEqualTo(4);
	}

	@Test
	void aDiagnosticWithFaultsIsRefusedNamingEveryField() {
		DiagnosticPeople staff = staff();
		DiagnosticPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		DiagnosticPeople.Member manager = staff.hire(null, Role.MANAGER);
		List<DiagnosticPeople.Member> two = staff.talents(2);

		ApiClient.Response refused = lead.api().unchecked().post(API, json(body("title", " ", "scope", "UNIT",
				"respondents", two.stream().map(DiagnosticPeople.Member::personId).toList(), "weights",
				Map.of("C2", 0.0, "C3", -1.0))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("toolbox.diagnostic.title.required");
		List<String> codes = new ArrayList<>();
		refused.json().path("errors").forEach((e) -> codes.add(e.path("code").asString()));
		assertThat(codes).contains("toolbox.diagnostic.title.required", "toolbox.diagnostic.unit.required",
				"toolbox.diagnostic.respondents.tooFew", "toolbox.diagnostic.weight.range");
		assertThat(codes.stream().filter("toolbox.diagnostic.weight.range"::equals).count()).isEqualTo(2);

		List<UUID> unknown = new ArrayList<>(two.stream().map(DiagnosticPeople.Member::personId).toList());
		unknown.add(UUID.randomUUID());
		ApiClient.Response nobody = lead.api().unchecked().post(API, json(body("title", "T", "scope", "UNIT", "unitId",
				UUID.randomUUID(), "respondents", unknown)));
		List<String> nobodyCodes = new ArrayList<>();
		nobody.json().path("errors").forEach((e) -> nobodyCodes.add(e.path("code").asString()));
		assertThat(nobodyCodes).containsExactly("toolbox.diagnostic.unit.unknown", "toolbox.diagnostic.respondents.unknown");

		assertThat(lead.api().unchecked().post(API, "{\"scope\": \"GALAXY\"}").status()).isEqualTo(400);
		ApiClient.Response notLead = manager.api().post(API, json(body("title", "Mine", "scope", "ORGANISATION",
				"respondents", staff.talents(5).stream().map(DiagnosticPeople.Member::personId).toList())));
		assertThat(notLead.status()).isEqualTo(403);
		assertThat(notLead.code()).isEqualTo("toolbox.diagnostic.denied.create");
	}

	@Test
	void aClosedUnitDiagnosticsResultIsReadByTheUnitsManagersAndNobodyElse() {
		DiagnosticPeople staff = staff();
		DiagnosticPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		DiagnosticPeople.Member manager = staff.hire(null, Role.MANAGER);
		List<DiagnosticPeople.Member> respondents = staff.talents(5);
		UUID firstUnit = this.people.units(PeopleTestActors.HR).get(0).id();
		UUID otherUnit = this.people.units(PeopleTestActors.HR).get(1).id();
		String ofUnit = create(lead.api(), "UNIT", firstUnit, respondents);
		String ofOther = create(lead.api(), "UNIT", otherUnit, respondents);
		for (DiagnosticPeople.Member respondent : respondents) {
			answer(respondent, ofUnit, answers(2, 2, 2, 5, 5));
			answer(respondent, ofOther, answers(2, 2, 2, 5, 5));
		}
		assertThat(manager.api().get(API + "/" + ofUnit).status()).as("open: the lead's and the respondents'")
			.isEqualTo(404);
		lead.api().post(API + "/" + ofUnit + "/close", "{}");
		lead.api().post(API + "/" + ofOther + "/close", "{}");
		ApiClient.Response asManager = manager.api().get(API + "/" + ofUnit);
		assertThat(asManager.status()).as(asManager.body()).isEqualTo(200);
		assertThat(asManager.json().path("resultState").asString()).isEqualTo("SHOWN");
		assertThat(asManager.json().path("result").path("fits").get(2).path("band").asString()).isEqualTo("ADOPT");
		assertThat(asManager.json().path("myAnswers").isNull()).isTrue();
		assertThat(asManager.json().path("respondents").isNull()).isTrue();
		assertThat(manager.api().get(API + "/" + ofOther).status()).as("another unit's").isEqualTo(404);
		assertThat(manager.api().get(API).json().toString()).contains(ofUnit).doesNotContain(ofOther);
	}

	@Test
	void administratorsAndAnonymousCallersReachNothing() {
		DiagnosticPeople staff = staff();
		DiagnosticPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		String id = create(lead.api(), "ORGANISATION", null, staff.talents(5));
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		assertThat(admin.get(API).status()).isEqualTo(403);
		assertThat(admin.get(API + "/" + id).status()).isEqualTo(403);
		assertThat(admin.post(API, "{}").status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).get(API + "/" + id).status()).isEqualTo(401);
		assertThat(lead.api().get(API + "/" + UUID.randomUUID()).code()).isEqualTo("toolbox.diagnostic.notFound");
	}

	@Test
	void theDemoHasTheOrganisationsHistoryAUnitAndAnOpenDiagnosticAndItsFigures() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		JsonNode all = lead.get(API).json();
		JsonNode latest = find(all, "Organisation, this year");
		assertThat(latest.path("status").asString()).isEqualTo("CLOSED");
		assertThat(latest.path("responseCount").asInt()).isGreaterThanOrEqualTo(6);
		JsonNode fits = latest.path("result").path("fits");
		assertThat(fits.get(0).path("band").asString()).as("tours of duty").isEqualTo("ADOPT");
		assertThat(fits.get(1).path("band").asString()).as("networks").isEqualTo("PILOT");
		assertThat(fits.get(2).path("band").asString()).as("alumni").isIn("PILOT", "ADOPT");
		assertThat(find(all, "Organisation, last year").path("closedOn").asString()).isNotEmpty();
		JsonNode unit = find(all, "Our unit, this year");
		assertThat(unit.path("scope").asString()).isEqualTo("UNIT");
		assertThat(unit.path("result").path("fits").get(0).path("band").asString()).isEqualTo("STAY_WITH_CLASSIC_TOOLBOX");
		assertThat(find(all, "Organisation, follow-up after the pilots").path("status").asString()).isEqualTo("OPEN");

		JsonNode asTalent = ApiClient.as(this.port, "talent", "demo").get(API).json();
		JsonNode toAnswer = find(asTalent, "Organisation, follow-up after the pilots");
		assertThat(toAnswer.path("mayAnswer").asBoolean()).isTrue();
		assertThat(toAnswer.path("myAnswers").isNull()).as("the demo talent still has to answer").isTrue();
		JsonNode asManager = ApiClient.as(this.port, "manager", "demo").get(API).json();
		assertThat(find(asManager, "Our unit, this year").path("resultState").asString()).isEqualTo("SHOWN");
		assertThat(find(asManager, "Organisation, follow-up after the pilots").path("myAnswers").isNull()).isTrue();

		ToolboxFigures diagnostic = this.figures.stream()
			.filter((f) -> f.sectionKey().equals("toolbox.diagnostic.figures.section"))
			.findFirst()
			.orElseThrow();
		assertThat(diagnostic.figures()).extracting(ToolboxFigure::key)
			.containsExactly("diagnostic.readiness", "diagnostic.fit.TOURS_OF_DUTY",
					"diagnostic.fit.OPEN_DEVELOPMENTAL_NETWORKS", "diagnostic.fit.ALUMNI_AND_BOOMERANGS");
		assertThat(diagnostic.figures()).allSatisfy((f) -> {
			assertThat(f.value()).isNotNull().isBetween(0.0, 1.0);
			assertThat(f.unit()).isEqualTo(ToolboxFigure.Unit.SCORE);
		});
	}

	private static JsonNode find(JsonNode list, String title) {
		for (JsonNode d : list) {
			if (d.path("title").asString().equals(title)) {
				return d;
			}
		}
		throw new AssertionError("No diagnostic titled " + title + " in " + list);
	}

}
