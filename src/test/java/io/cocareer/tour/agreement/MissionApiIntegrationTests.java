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
		UUID id = AgreementFixtures.tourForTara(this.port);

		ApiClient.Response first = as("manager").post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Replace the onboarding spreadsheet with a flow", 0)));
		assertThat(first.status()).isEqualTo(201);
		assertThat(as("manager").get(base(id)).json().path("state").asString()).isEqualTo("IN_CONVERSATION");

		expect(as("talent").post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Replace the onboarding spreadsheet with a self-service flow", 1))), 201);

		JsonNode mission = as("lead").get(base(id) + "/mission").json();
		assertThat(mission.path("revisions")).hasSize(2);
		assertThat(mission.path("latest").path("revisionNo").asInt()).isEqualTo(2);
		assertThat(mission.path("latest").path("authorName").asString()).isEqualTo("Tara Nguyen");
		assertThat(mission.path("revisions").get(1).path("authorName").asString()).isEqualTo("Marco Rossi");
		assertThat(mission.path("revisions").get(1).path("text").path("objective").asString())
			.isEqualTo("Replace the onboarding spreadsheet with a flow");

		JsonNode diff = as("talent").get(base(id) + "/mission/diff?from=1&to=2").json();
		JsonNode objective = diff.path("fields").get(0);
		assertThat(objective.path("field").asString()).isEqualTo("objective");
		assertThat(objective.path("changed").asBoolean()).isTrue();
		assertThat(objective.toString()).contains("\"INSERTED\"").contains("self-service");
		assertThat(diff.path("fields").get(1).path("changed").asBoolean()).isFalse();
	}

	@Test
	void twoClientsSavingOnTheSameBaseLoseNothing() {
		UUID id = AgreementFixtures.tourForTara(this.port);
		expect(as("manager").post(base(id) + "/mission/revisions", TourFixtures.json(mission("Ship onboarding", 0))), 201);

		// both opened revision 1; the talent saves first
		expect(as("talent").post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Ship self-service onboarding by June", 1))), 201);
		ApiClient.Response second = as("manager").post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Ship onboarding for all units", 1)));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.isProblem()).isTrue();
		assertThat(second.code()).isEqualTo("tour.mission.conflict");
		JsonNode problem = second.json();
		assertThat(problem.path("detail").asString()).contains("Tara Nguyen").contains("revision 2");
		assertThat(problem.path("latestRevision").asInt()).isEqualTo(2);
		assertThat(problem.path("latest").path("text").path("objective").asString())
			.isEqualTo("Ship self-service onboarding by June");
		assertThat(problem.path("diff").path("fromRevision").asInt()).isEqualTo(1);
		assertThat(problem.path("diff").path("toRevision").asInt()).isEqualTo(2);
		assertThat(problem.path("diff").path("fields").get(0).toString()).contains("self-service");
		// nothing of the second save was stored
		assertThat(as("manager").get(base(id) + "/mission").json().path("revisions")).hasSize(2);

		// merged on the latest revision, it is saved
		expect(as("manager").post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Ship self-service onboarding for all units by June", 2))), 201);
		assertThat(as("talent").get(base(id) + "/mission").json().path("latest").path("revisionNo").asInt()).isEqualTo(3);
	}

	@Test
	void commentsAreKeptWithAuthorAndOptionallyARevision() {
		UUID id = AgreementFixtures.tourForTara(this.port);
		expect(as("manager").post(base(id) + "/mission/revisions", TourFixtures.json(mission("Ship onboarding", 0))), 201);

		ApiClient.Response created = as("talent").post(base(id) + "/mission/comments",
				TourFixtures.json(Map.of("body", "Can we add the learning goal on discovery?", "revisionNo", 1)));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("authorName").asString()).isEqualTo("Tara Nguyen");

		assertThat(as("talent").post(base(id) + "/mission/comments",
				TourFixtures.json(Map.of("body", "On a revision that is not there", "revisionNo", 9))).code())
			.isEqualTo("tour.mission.noSuchRevision");
		assertThat(as("talent").post(base(id) + "/mission/comments", TourFixtures.json(Map.of("body", "  "))).status())
			.isEqualTo(400);
		JsonNode comments = as("manager").get(base(id) + "/mission").json().path("comments");
		assertThat(comments).hasSize(1);
		assertThat(comments.get(0).path("revisionNo").asInt()).isEqualTo(1);
	}

	@Test
	void anEmptyFieldOfTheWritersOwnPartIsRefusedOnThatField() {
		// the manager writes the organisation's part; the talent's part and the measures may wait (issue 7, item 14)
		UUID id = AgreementFixtures.tourForTara(this.port);
		Map<String, Object> body = mission("Ship onboarding", 0);
		body.put("companyGains", " ");

		ApiClient.Response refused = as("manager").post(base(id) + "/mission/revisions", TourFixtures.json(body));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("companyGains");
		assertThat(as("manager").get(base(id)).json().path("state").asString()).isEqualTo("DRAFT");
	}

	@Test
	void theMissionIsFrozenOnceTheAgreementIsOutForSignature() {
		UUID id = AgreementFixtures.tourForTara(this.port);
		AgreementFixtures.sentForSignature(this.port, id, 40);

		ApiClient.Response refused = as("talent").post(base(id) + "/mission/revisions",
				TourFixtures.json(mission("Something else", 1)));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("tour.mission.frozen");
	}

	@Test
	void nobodyOutsideTheTourSeesOrWritesItsMission() {
		UUID id = AgreementFixtures.tourForTara(this.port);
		expect(as("manager").post(base(id) + "/mission/revisions", TourFixtures.json(mission("Ship onboarding", 0))), 201);
		String outsider = TourTestPeople.newAccount(this.people, this.accounts, null, Role.MANAGER, Role.TALENT);

		for (ApiClient other : new ApiClient[] { as("admin"),
				ApiClient.as(this.port, outsider, TourTestPeople.PASSWORD) }) {
			assertThat(other.get(base(id) + "/mission").status()).isEqualTo(404);
			assertThat(other.get(base(id) + "/mission/diff?from=0&to=1").status()).isEqualTo(404);
			assertThat(other.post(base(id) + "/mission/revisions", TourFixtures.json(mission("Mine now", 1))).status())
				.isEqualTo(404);
			assertThat(other.post(base(id) + "/mission/comments", TourFixtures.json(Map.of("body", "Hi"))).status())
				.isEqualTo(404);
		}
		assertThat(as("manager").get(base(id) + "/mission").json().path("revisions")).hasSize(1);
		assertThat(as("manager").get(base(id) + "/mission").json().path("comments")).isEmpty();
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

}
