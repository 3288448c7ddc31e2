package io.cocareer.network.introduction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.network.introduction.IntroductionPeople.ask;
import static io.cocareer.network.introduction.IntroductionPeople.asked;
import static io.cocareer.network.introduction.IntroductionPeople.json;
import static io.cocareer.network.introduction.IntroductionPeople.noticeCodes;
import static io.cocareer.network.introduction.IntroductionPeople.step;
import static io.cocareer.network.introduction.IntroductionPeople.version;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Introductions over the API, end to end: a talent asks, their manager accepts and makes it, the
 * talent records the outcome and the new developer is on their map; who is told; and
 * problem+json for everything a client can get wrong. Each test hires its own people.
 */
@IntegrationTest
class IntroductionApiIntegrationTests {

	private static final String BASE = "/api/v1/network/introductions";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	private IntroductionPeople staff() {
		return new IntroductionPeople(this.port, this.people, this.accounts);
	}

	@Test
	void aTalentAsksTheirManagerWhoMakesItAndTheNewDeveloperGoesOnTheMap() {
		IntroductionPeople staff = staff();
		IntroductionPeople.Team team = staff.team();
		IntroductionPeople.Member target = staff.hire(null, Role.TALENT);
		ApiClient talent = team.talent().api();
		ApiClient manager = team.manager().api();
		ApiClient.Response gap = talent.post("/api/v1/me/network/gaps",
				json(Map.of("role", "SPONSOR", "description", "A sponsor in product management")));
		assertThat(gap.status()).as(gap.body()).isEqualTo(201);
		String gapId = gap.json().path("id").asString();

		Map<String, Object> body = new LinkedHashMap<>();
		body.put("targetKind", "PERSON");
		body.put("targetPersonId", target.personId().toString());
		body.put("purpose", "Learn how the product team plans");
		body.put("gapId", gapId);
		body.put("broker", "MANAGER");
		ApiClient.Response created = talent.post(BASE, json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.location()).endsWith(created.json().path("id").asString());
		String id = created.json().path("id").asString();
		assertThat(created.json().path("state").asString()).isEqualTo("REQUESTED");
		assertThat(created.json().path("targetName").asString()).isEqualTo(target.name());
		assertThat(created.json().path("brokerName").asString()).isEqualTo(team.manager().name());
		assertThat(created.json().path("gap").asString()).isEqualTo("A sponsor in product management");
		assertThat(created.json().path("may").path("withdraw").asBoolean()).isTrue();
		assertThat(created.json().path("may").path("answer").asBoolean()).isFalse();

		// the manager is told and sees it among those asked of them, without the talent's gap
		assertThat(noticeCodes(manager)).contains("notice.network.introductionAsked");
		JsonNode brokered = manager.get(BASE).json().path("brokered");
		assertThat(brokered).hasSize(1);
		assertThat(brokered.get(0).path("talentName").asString()).isEqualTo(team.talent().name());
		assertThat(brokered.get(0).path("purpose").asString()).isEqualTo("Learn how the product team plans");
		assertThat(brokered.get(0).path("gap").isNull()).isTrue();
		assertThat(brokered.get(0).path("may").path("answer").asBoolean()).isTrue();
		assertThat(manager.get(BASE + "/" + id).body()).doesNotContain("A sponsor in product management");

		JsonNode accepted = step(manager, id, "accept", Map.of("note", "Gladly"));
		assertThat(accepted.path("state").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("may").path("recordIntroduced").asBoolean()).isTrue();
		assertThat(noticeCodes(talent)).contains("notice.network.introductionAccepted");

		JsonNode made = step(manager, id, "introduced", Map.of("channel", "MEETING",
				"introducedOn", LocalDate.now().minusDays(1).toString(), "note", "Coffee on Tuesday"));
		assertThat(made.path("state").asString()).isEqualTo("INTRODUCED");
		assertThat(noticeCodes(talent)).contains("notice.network.introductionMade");

		JsonNode closed = step(talent, id, "outcome", Map.of("outcome", "CONNECTED",
				"addToMap", Map.of("arena", "CURRENT_EMPLOYER", "role", "SPONSOR", "closeness", 3)));
		assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("outcome").asString()).isEqualTo("CONNECTED");
		assertThat(closed.path("onMap").asBoolean()).isTrue();
		assertThat(closed.path("may").path("addToMap").asBoolean()).isFalse();

		JsonNode map = talent.get("/api/v1/me/network").json();
		assertThat(map.path("developers")).hasSize(1);
		assertThat(map.path("developers").get(0).path("personId").asString()).isEqualTo(target.personId().toString());
		assertThat(map.path("developers").get(0).path("role").asString()).isEqualTo("SPONSOR");
		assertThat(map.path("developers").get(0).path("lastContact").asString())
			.isEqualTo(LocalDate.now().minusDays(1).toString());
		// the manager no longer acts on it, and still sees nothing of the map
		assertThat(manager.get(BASE + "/" + id).json().path("onMap").asBoolean()).isFalse();
		assertThat(manager.get(BASE + "/" + id).json().path("may").path("answer").asBoolean()).isFalse();

		String audit = ApiClient.as(this.port, "lead", "demo").get("/api/v1/admin/audit?size=100").body();
		assertThat(audit).contains("asked their manager for an introduction", "accepted to broker an introduction",
				"recorded the outcome of an introduction").doesNotContain("Learn how the product team plans", "Gladly",
						"Coffee on Tuesday");
	}

	@Test
	void anOutsiderMetThroughAnIntroductionGoesOnTheMapAfterTheOutcomeByName() {
		IntroductionPeople.Team team = staff().team();
		ApiClient talent = team.talent().api();
		String id = asked(talent, ask("Jonas Weber", "MANAGER", null));
		step(team.manager().api(), id, "accept", Map.of());
		step(team.manager().api(), id, "introduced", Map.of("channel", "EMAIL", "introducedOn", LocalDate.now().toString()));
		JsonNode closed = step(talent, id, "outcome", Map.of("outcome", "MET_ONCE"));
		assertThat(closed.path("may").path("addToMap").asBoolean()).isTrue();

		ApiClient.Response added = talent.post(BASE + "/" + id + "/add-to-map",
				json(Map.of("arena", "PRIOR_EMPLOYER", "role", "PEER", "closeness", 2)));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		JsonNode developer = talent.get("/api/v1/me/network").json().path("developers").get(0);
		assertThat(developer.path("name").asString()).isEqualTo("Jonas Weber");
		assertThat(developer.path("organisation").asString()).isEqualTo("Contoso Retail");
		assertThat(developer.path("internal").asBoolean()).isFalse();
		ApiClient.Response again = talent.post(BASE + "/" + id + "/add-to-map",
				json(Map.of("arena", "PRIOR_EMPLOYER", "role", "PEER", "closeness", 2)));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("network.introduction.notToMap");
	}

	@Test
	void theTalentLeadsAreAskedTogetherAndTheOneWhoAnswersBrokersIt() {
		IntroductionPeople staff = staff();
		IntroductionPeople.Member talent = staff.hire(null, Role.TALENT);
		IntroductionPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ApiClient demoLead = ApiClient.as(this.port, "lead", "demo");
		String id = asked(talent.api(), ask("Femi Okafor", "TALENT_LEAD", null));
		assertThat(noticeCodes(lead.api())).contains("notice.network.introductionAskedOfLeads");
		assertThat(demoLead.get(BASE + "/" + id).status()).isEqualTo(200);
		assertThat(lead.api().get(BASE).body()).contains(id);

		step(lead.api(), id, "accept", Map.of());

		assertThat(talent.api().get(BASE + "/" + id).json().path("brokerName").asString()).isEqualTo(lead.name());
		assertThat(demoLead.get(BASE + "/" + id).status()).as("another lead no longer sees it").isEqualTo(404);
		assertThat(demoLead.get(BASE).body()).doesNotContain(id);
	}

	@Test
	void aColleagueWhoDoesNotKnowTheTargetDeclinesAndATalentWithdrawsOneNotYetMade() {
		IntroductionPeople staff = staff();
		IntroductionPeople.Team team = staff.team();
		IntroductionPeople.Member colleague = staff.hire(null, Role.TALENT);
		ApiClient talent = team.talent().api();
		String id = asked(talent, ask("Tess Visser", "COLLEAGUE", colleague.personId()));
		assertThat(noticeCodes(colleague.api())).contains("notice.network.introductionAsked");

		JsonNode declined = step(colleague.api(), id, "decline", Map.of("note", "I do not know her"));
		assertThat(declined.path("state").asString()).isEqualTo("DECLINED");
		assertThat(talent.get(BASE + "/" + id).json().path("brokerNote").asString()).isEqualTo("I do not know her");
		assertThat(noticeCodes(talent)).contains("notice.network.introductionDeclined");

		String other = asked(talent, ask("Mei Tanaka", "MANAGER", team.manager().personId()));
		step(team.manager().api(), other, "accept", Map.of());
		JsonNode withdrawn = step(talent, other, "withdraw", Map.of());
		assertThat(withdrawn.path("state").asString()).isEqualTo("WITHDRAWN");
		ApiClient.Response late = team.manager().api().post(BASE + "/" + other + "/introduced",
				json(Map.of("channel", "EMAIL", "introducedOn", LocalDate.now().toString(), "version", version(talent, other))));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.code()).isEqualTo("network.introduction.wrongState");
	}

	@Test
	void badInputIsRefusedWithProblemJsonAndNothingIsStored() {
		IntroductionPeople staff = staff();
		IntroductionPeople.Team team = staff.team();
		IntroductionPeople.Member stranger = staff.hire(null, Role.MANAGER);
		ApiClient talent = team.talent().api();

		expect(talent.post(BASE, json(ask("Jonas Weber", "COLLEAGUE", team.talent().personId()))), 400,
				"network.introduction.brokerSelf");
		expect(talent.post(BASE, json(ask("Jonas Weber", "MANAGER", stranger.personId()))), 400,
				"network.introduction.notYourManager");
		expect(talent.post(BASE, json(ask("Jonas Weber", "TALENT_LEAD", stranger.personId()))), 400,
				"network.introduction.notALead");
		expect(talent.post(BASE, json(ask("Jonas Weber", "COLLEAGUE", UUID.randomUUID()))), 400,
				"network.introduction.notAColleague");
		expect(talent.post(BASE, json(ask("Jonas Weber", "COLLEAGUE", null))), 400,
				"network.introduction.colleagueRequired");
		expect(talent.post(BASE, json(ask("  ", "MANAGER", null))), 400, "network.introduction.targetRequired");
		Map<String, Object> self = ask(null, "MANAGER", null);
		self.put("targetPersonId", team.talent().personId().toString());
		expect(talent.post(BASE, json(self)), 400, "network.introduction.targetSelf");
		Map<String, Object> managerIsTarget = ask(null, "MANAGER", null);
		managerIsTarget.put("targetPersonId", team.manager().personId().toString());
		expect(talent.post(BASE, json(managerIsTarget)), 400, "network.introduction.brokerIsTarget");
		Map<String, Object> unknownGap = ask("Jonas Weber", "MANAGER", null);
		unknownGap.put("gapId", UUID.randomUUID().toString());
		expect(talent.post(BASE, json(unknownGap)), 400, "network.introduction.unknownGap");
		expect(stranger.api().post(BASE, json(ask("Jonas Weber", "MANAGER", null))), 409,
				"network.introduction.noManager");
		ApiClient.Response noPurpose = talent.post(BASE, json(Map.of("targetKind", "PERSON", "targetName", "X",
				"broker", "MANAGER")));
		assertThat(noPurpose.status()).isEqualTo(400);
		assertThat(noPurpose.isProblem()).isTrue();
		assertThat(talent.post(BASE, "{\"targetKind\": \"PLANET\", \"broker\": 3}").status()).isEqualTo(400);
		assertThat(talent.post(BASE, "not json").status()).isEqualTo(400);
		assertThat(talent.get(BASE).json().path("asked")).as("nothing stored").isEmpty();

		String id = asked(talent, ask("Jonas Weber", "MANAGER", null));
		ApiClient manager = team.manager().api();
		// the other side's steps, and steps out of their order
		expect(talent.post(BASE + "/" + id + "/accept", json(Map.of("version", version(talent, id)))), 403,
				"network.introduction.notYours");
		expect(manager.post(BASE + "/" + id + "/withdraw", json(Map.of("version", version(talent, id)))), 403,
				"network.introduction.notYours");
		expect(talent.post(BASE + "/" + id + "/outcome", json(Map.of("outcome", "CONNECTED", "version", version(talent, id)))),
				409, "network.introduction.wrongState");
		expect(manager.post(BASE + "/" + id + "/introduced", json(Map.of("channel", "EMAIL",
				"introducedOn", LocalDate.now().toString(), "version", version(talent, id)))), 409,
				"network.introduction.wrongState");
		long read = version(manager, id);
		step(manager, id, "accept", Map.of("version", read));
		expect(manager.post(BASE + "/" + id + "/accept", json(Map.of("version", read))), 409,
				"network.introduction.wrongState");
		expect(manager.post(BASE + "/" + id + "/introduced", json(Map.of("channel", "EMAIL",
				"introducedOn", LocalDate.now().toString(), "version", read))), 409, "shared.conflict.stale");
		expect(manager.post(BASE + "/" + id + "/introduced", json(Map.of("channel", "EMAIL",
				"introducedOn", LocalDate.now().plusDays(3).toString(), "version", version(manager, id)))), 400,
				"network.introduction.dateInFuture");
		assertThat(manager.post(BASE + "/" + id + "/introduced", json(Map.of("version", version(manager, id)))).status())
			.isEqualTo(400);
		// someone else: nobody
		expect(stranger.api().post(BASE + "/" + id + "/introduced", json(Map.of("channel", "EMAIL",
				"introducedOn", LocalDate.now().toString(), "version", version(manager, id)))), 404,
				"network.introduction.notFound");
		expect(manager.get(BASE + "/" + UUID.randomUUID()), 404, "network.introduction.notFound");
		step(manager, id, "introduced", Map.of("channel", "EMAIL", "introducedOn", LocalDate.now().toString()));
		expect(talent.post(BASE + "/" + id + "/outcome", json(Map.of("outcome", "NO_RESPONSE", "version", version(talent, id),
				"addToMap", Map.of("arena", "OTHER", "role", "PEER", "closeness", 2)))), 400, "network.introduction.notMet");
		assertThat(talent.get(BASE + "/" + id).json().path("state").asString()).as("nothing stored half")
			.isEqualTo("INTRODUCED");
		assertThat(talent.get("/api/v1/me/network").json().path("developers")).isEmpty();
	}

	private static void expect(ApiClient.Response response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.body()).isTrue();
		assertThat(response.code()).isEqualTo(code);
	}

}
