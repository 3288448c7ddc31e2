package io.cocareer.tour.agreement;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.AgreementFixtures;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.tour.AgreementFixtures.base;
import static io.cocareer.tour.AgreementFixtures.expect;
import static io.cocareer.tour.AgreementFixtures.mission;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MissionApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theFirstRevisionStartsTheConversationAndEveryRevisionIsKeptWithItsAuthor() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);

		ApiClient.Response first = team.managerApi().post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Replace the onboarding spreadsheet with a flow", 0)));
		assertThat(first.status()).isEqualTo(201);
		assertThat(team.managerApi().get(base(id)).json().path("state").asString()).isEqualTo("IN_CONVERSATION");

		expect(team.talentApi().post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Replace the onboarding spreadsheet with a self-service flow", 1))), 201);

		JsonNode mission = as("lead").get(base(id) + "/mission").json();
		assertThat(mission.path("revisions")).hasSize(2);
		assertThat(mission.path("latest").path("revisionNo").asInt()).isEqualTo(2);
		assertThat(mission.path("latest").path("authorName").asString()).isEqualTo(team.talent().name());
		assertThat(mission.path("revisions").get(1).path("authorName").asString()).isEqualTo(team.manager().name());
		assertThat(mission.path("revisions").get(1).path("text").path("objective").asString())
			.isEqualTo("Replace the onboarding spreadsheet with a flow");

		JsonNode diff = team.talentApi().get(base(id) + "/mission/diff?from=1&to=2").json();
		JsonNode objective = diff.path("fields").get(0);
		assertThat(objective.path("field").asString()).isEqualTo("objective");
		assertThat(objective.path("changed").asBoolean()).isTrue();
		assertThat(objective.toString()).contains("\"INSERTED\"").contains("self-service");
		assertThat(diff.path("fields").get(1).path("changed").asBoolean()).isFalse();
	}

	@Test
	void twoClientsSavingOnTheSameBaseLoseNothing() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		expect(team.managerApi().post(base(id) + "/mission/revisions", TourFixtures.json(mission("Ship onboarding", 0))), 201);

		// both opened revision 1; the talent saves first
		expect(team.talentApi().post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Ship self-service onboarding by June", 1))), 201);
		ApiClient.Response second = team.managerApi().post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Ship onboarding for all units", 1)));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.isProblem()).isTrue();
		assertThat(second.code()).isEqualTo("tour.mission.conflict");
		JsonNode problem = second.json();
		assertThat(problem.path("detail").asString()).contains(team.talent().name()).contains("revision 2");
		assertThat(problem.path("latestRevision").asInt()).isEqualTo(2);
		assertThat(problem.path("latest").path("text").path("objective").asString())
			.isEqualTo("Ship self-service onboarding by June");
		assertThat(problem.path("diff").path("fromRevision").asInt()).isEqualTo(1);
		assertThat(problem.path("diff").path("toRevision").asInt()).isEqualTo(2);
		assertThat(problem.path("diff").path("fields").get(0).toString()).contains("self-service");
		// nothing of the second save was stored
		assertThat(team.managerApi().get(base(id) + "/mission").json().path("revisions")).hasSize(2);

		// merged on the latest revision, it is saved
		expect(team.managerApi().post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Ship self-service onboarding for all units by June", 2))), 201);
		assertThat(team.talentApi().get(base(id) + "/mission").json().path("latest").path("revisionNo").asInt()).isEqualTo(3);
	}

	@Test
	void commentsAreKeptWithAuthorAndOptionallyARevision() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		expect(team.managerApi().post(base(id) + "/mission/revisions", TourFixtures.json(mission("Ship onboarding", 0))), 201);

		ApiClient.Response created = team.talentApi().post(base(id) + "/mission/comments",
				TourFixtures.json(Map.of("body", "Can we add the learning goal on discovery?", "revisionNo", 1)));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("authorName").asString()).isEqualTo(team.talent().name());

		assertThat(team.talentApi().post(base(id) + "/mission/comments",
				TourFixtures.json(Map.of("body", "On a revision that is not there", "revisionNo", 9))).code())
			.isEqualTo("tour.mission.noSuchRevision");
		assertThat(team.talentApi().post(base(id) + "/mission/comments", TourFixtures.json(Map.of("body", "  "))).status())
			.isEqualTo(400);
		JsonNode comments = team.managerApi().get(base(id) + "/mission").json().path("comments");
		assertThat(comments).hasSize(1);
		assertThat(comments.get(0).path("revisionNo").asInt()).isEqualTo(1);
	}

	@Test
	void anEmptyFieldOfTheWritersOwnPartIsRefusedOnThatField() {
		// the manager writes the organisation's part; the talent's part and the measures may wait (issue 7, item 14)
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		Map<String, Object> body = mission("Ship onboarding", 0);
		body.put("companyGains", " ");

		ApiClient.Response refused = team.managerApi().post(base(id) + "/mission/revisions", TourFixtures.json(body));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("companyGains");
		assertThat(team.managerApi().get(base(id)).json().path("state").asString()).isEqualTo("DRAFT");
	}

	@Test
	void theMissionIsFrozenOnceTheAgreementIsOutForSignature() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		AgreementFixtures.sentForSignature(team, id, 40);

		ApiClient.Response refused = team.talentApi().post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Something else", 1)));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("tour.mission.frozen");
	}

	@Test
	void nobodyOutsideTheTourSeesOrWritesItsMission() {
		TourTeam team = team();
		UUID id = TourFixtures.proposeTour(team);
		expect(team.managerApi().post(base(id) + "/mission/revisions", TourFixtures.json(mission("Ship onboarding", 0))), 201);
		String outsider = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER, Role.TALENT);

		for (ApiClient other : new ApiClient[] { as("admin"), as("manager"), as("talent"),
				ApiClient.as(this.port, outsider, TourTestPeople.PASSWORD) }) {
			assertThat(other.get(base(id) + "/mission").status()).isEqualTo(404);
			assertThat(other.get(base(id) + "/mission/diff?from=0&to=1").status()).isEqualTo(404);
			assertThat(other.post(base(id) + "/mission/revisions", TourFixtures.json(mission("Mine now", 1))).status())
				.isEqualTo(404);
			assertThat(other.post(base(id) + "/mission/comments", TourFixtures.json(Map.of("body", "Hi"))).status())
				.isEqualTo(404);
		}
		assertThat(team.managerApi().get(base(id) + "/mission").json().path("revisions")).hasSize(1);
		assertThat(team.managerApi().get(base(id) + "/mission").json().path("comments")).isEmpty();
	}

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

}
