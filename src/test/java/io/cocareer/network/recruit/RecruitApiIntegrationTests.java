package io.cocareer.network.recruit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates over the API as the talent lead keeps them: created, changed at the version read,
 * given assets, evaluated, hired as exactly one person with their assets kept, and refused with
 * problem+json for what a client can get wrong. Runs on PostgreSQL too.
 */
@IntegrationTest
class RecruitApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	private RecruitPeople staff() {
		return new RecruitPeople(this.port, this.people, this.accounts);
	}

	private static Map<String, Object> hire(String key) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("employeeId", "HIRE" + key);
		body.put("firstName", "Lucas");
		body.put("lastName", "Ferreira " + key);
		body.put("email", "lucas." + key + "@test.cocareer.io");
		body.put("title", "Platform engineer");
		body.put("hireDate", LocalDate.now().toString());
		return body;
	}

	@Test
	void theLeadKeepsACandidateChangesItAtTheVersionReadAndRemovesIt() {
		ApiClient lead = staff().hire(null, Role.TALENT_LEAD).api();
		String id = RecruitPeople.createCandidate(lead, RecruitPeople.candidate("Ana Lopez", "SOURCED", null));

		JsonNode read = lead.get("/api/v1/network/candidates/" + id).json();
		assertThat(read.path("name").asString()).isEqualTo("Ana Lopez");
		assertThat(read.path("stage").asString()).isEqualTo("SOURCED");
		assertThat(read.path("personId").isNull()).isTrue();
		assertThat(lead.get("/api/v1/network/candidates?stage=SOURCED").body()).contains(id);
		assertThat(lead.get("/api/v1/network/candidates?stage=OFFER").body()).doesNotContain(id);

		Map<String, Object> changed = RecruitPeople.candidate("Ana López", "INTERVIEWING", null);
		ApiClient.Response put = lead.put("/api/v1/network/candidates/" + id,
				RecruitPeople.json(Map.of("candidate", changed, "version", read.path("version").asLong())));
		assertThat(put.status()).as(put.body()).isEqualTo(200);
		assertThat(put.json().path("stage").asString()).isEqualTo("INTERVIEWING");
		ApiClient.Response stale = lead.put("/api/v1/network/candidates/" + id,
				RecruitPeople.json(Map.of("candidate", changed, "version", read.path("version").asLong())));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.isProblem()).isTrue();
		ApiClient.Response toHired = lead.put("/api/v1/network/candidates/" + id, RecruitPeople.json(Map.of("candidate",
				RecruitPeople.candidate("Ana López", "HIRED", null), "version", put.json().path("version").asLong())));
		assertThat(toHired.code()).isEqualTo("recruit.stage.hireToHire");

		assertThat(lead.delete("/api/v1/network/candidates/" + id).status()).isEqualTo(204);
		assertThat(lead.get("/api/v1/network/candidates/" + id).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from network_candidate where id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isZero();
	}

	@Test
	void badInputIsRefusedWithProblemJsonAndNothingIsStored() {
		ApiClient lead = staff().hire(null, Role.TALENT_LEAD).api();
		long before = this.jdbc.sql("select count(*) from network_candidate").query(Long.class).single();

		ApiClient.Response blank = lead.post("/api/v1/network/candidates",
				RecruitPeople.json(RecruitPeople.candidate("   ", "SOURCED", null)));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.code()).isEqualTo("recruit.candidate.nameRequired");
		ApiClient.Response unknownStage = lead.post("/api/v1/network/candidates",
				RecruitPeople.json(RecruitPeople.candidate("Ben Park", "PROMOTED", null)));
		assertThat(unknownStage.status()).isEqualTo(400);
		assertThat(unknownStage.isProblem()).isTrue();
		ApiClient.Response hiredAtOnce = lead.post("/api/v1/network/candidates",
				RecruitPeople.json(RecruitPeople.candidate("Ben Park", "HIRED", null)));
		assertThat(hiredAtOnce.code()).isEqualTo("recruit.stage.hireToHire");
		ApiClient.Response unknownManager = lead.post("/api/v1/network/candidates",
				RecruitPeople.json(RecruitPeople.candidate("Ben Park", "SOURCED", UUID.randomUUID())));
		assertThat(unknownManager.code()).isEqualTo("recruit.candidate.unknownManager");
		assertThat(this.jdbc.sql("select count(*) from network_candidate").query(Long.class).single()).isEqualTo(before);

		String id = RecruitPeople.createCandidate(lead, RecruitPeople.candidate("Ben Park", "APPLIED", null));
		RecruitPeople.addAsset(lead, id, "ORGANISATION", "Fabrikam Bank");
		ApiClient.Response duplicate = lead.post("/api/v1/network/candidates/" + id + "/assets",
				RecruitPeople.json(Map.of("kind", "ORGANISATION", "name", "  fabrikam   BANK ")));
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.code()).isEqualTo("recruit.asset.duplicate");
		assertThat(lead.post("/api/v1/network/candidates/" + id + "/assets",
				RecruitPeople.json(Map.of("kind", "ARENA", "name", "Moon base"))).code()).isEqualTo("recruit.asset.unknownArena");
		assertThat(lead.post("/api/v1/network/candidates/" + id + "/assets",
				RecruitPeople.json(Map.of("kind", "PLANET", "name", "Mars"))).status()).isEqualTo(400);
		assertThat(lead.get("/api/v1/network/candidates/" + id + "/assets").json()).hasSize(1);
		ApiClient.Response notAtOffer = lead.post("/api/v1/network/candidates/" + id + "/hire", RecruitPeople.json(hire("X1")));
		assertThat(notAtOffer.status()).isEqualTo(409);
		assertThat(notAtOffer.code()).isEqualTo("recruit.hire.notAtOffer");
		assertThat(lead.delete("/api/v1/network/candidates/" + id + "/assets/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aCandidateAtTheOfferIsHiredAsExactlyOnePersonWithTheirAssetsKeptAndOnlyOnce() {
		RecruitPeople staff = staff();
		RecruitPeople.Member manager = staff.hire(null, Role.MANAGER);
		ApiClient lead = staff.hire(null, Role.TALENT_LEAD).api();
		String id = RecruitPeople.createCandidate(lead, RecruitPeople.candidate("Lucas Ferreira", "OFFER", manager.personId()));
		String asset = RecruitPeople.addAsset(lead, id, "ORGANISATION", "Northwind Logistics");
		RecruitPeople.addAsset(lead, id, "ARENA", "professional_association");
		String key = Long.toString(System.nanoTime(), 36).toUpperCase();
		long peopleBefore = this.jdbc.sql("select count(*) from person").query(Long.class).single();

		ApiClient.Response badEmail = lead.post("/api/v1/network/candidates/" + id + "/hire",
				RecruitPeople.json(new LinkedHashMap<>(hire(key)) {{ put("email", "not-an-email"); }}));
		assertThat(badEmail.code()).isEqualTo("recruit.hire.email");
		ApiClient.Response hired = lead.post("/api/v1/network/candidates/" + id + "/hire", RecruitPeople.json(hire(key)));

		assertThat(hired.status()).as(hired.body()).isEqualTo(201);
		assertThat(this.jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(peopleBefore + 1);
		UUID personId = UUID.fromString(hired.json().path("personId").asString());
		assertThat(hired.location()).endsWith("/api/v1/people/" + personId);
		assertThat(hired.json().path("stage").asString()).isEqualTo("HIRED");
		assertThat(hired.json().path("assets")).hasSize(2);
		assertThat(hired.json().path("assets").get(0).path("id").asString()).isEqualTo(asset);
		assertThat(hired.json().path("assets").get(1).path("name").asString()).isEqualTo("PROFESSIONAL_ASSOCIATION");
		JsonNode person = lead.get("/api/v1/people/" + personId).json();
		assertThat(person.toString()).contains("HIRE" + key, "Ferreira " + key);
		assertThat(this.jdbc.sql("select manager_id from person where id = ?").param(personId).query(UUID.class).single())
			.as("the hiring manager manages them").isEqualTo(manager.personId());

		ApiClient.Response twice = lead.post("/api/v1/network/candidates/" + id + "/hire", RecruitPeople.json(hire(key + "B")));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.code()).isEqualTo("recruit.hire.already");
		assertThat(this.jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(peopleBefore + 1);

		// the hire is taken back in whole when the people module refuses (an employee id already used)
		String other = RecruitPeople.createCandidate(lead, RecruitPeople.candidate("Mei Chen", "OFFER", null));
		Map<String, Object> taken = new LinkedHashMap<>(hire(key + "C"));
		taken.put("employeeId", "HIRE" + key);
		ApiClient.Response refused = lead.post("/api/v1/network/candidates/" + other + "/hire", RecruitPeople.json(taken));
		assertThat(refused.code()).isEqualTo("people.rule.duplicateEmployeeId");
		assertThat(lead.get("/api/v1/network/candidates/" + other).json().path("stage").asString()).isEqualTo("OFFER");
		assertThat(this.jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(peopleBefore + 1);
	}

	@Test
	void whenTheHiredPersonIsErasedTheirCandidateRecordGoes() {
		ApiClient lead = staff().hire(null, Role.TALENT_LEAD).api();
		String id = RecruitPeople.createCandidate(lead, RecruitPeople.candidate("Noor Haddad", "OFFER", null));
		RecruitPeople.addAsset(lead, id, "COMMUNITY", "Analytics Engineers NL");
		String key = Long.toString(System.nanoTime(), 36).toUpperCase();
		UUID personId = UUID.fromString(lead.post("/api/v1/network/candidates/" + id + "/hire", RecruitPeople.json(hire(key)))
			.json().path("personId").asString());
		ApiClient demoLead = ApiClient.as(this.port, "lead", "demo");
		assertThat(demoLead.post("/api/v1/people/" + personId + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved abroad\"}".formatted(LocalDate.now())).status()).isEqualTo(200);

		assertThat(demoLead.post("/api/v1/people/" + personId + "/erasure", "").status()).isEqualTo(200);

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.jdbc.sql("select count(*) from network_candidate where id = ?").param(UUID.fromString(id))
				.query(Long.class).single()).isZero();
			assertThat(this.jdbc.sql("select count(*) from network_candidate_asset where candidate_id = ?")
				.param(UUID.fromString(id)).query(Long.class).single()).isZero();
		});
	}

}
