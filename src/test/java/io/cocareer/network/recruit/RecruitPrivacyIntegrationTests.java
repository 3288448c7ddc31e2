package io.cocareer.network.recruit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates are the talent lead's: their hiring manager sees and adds to their own, and nobody
 * else (a talent, another manager, an alumnus, an administrator) sees a candidate through a page,
 * the API or the audit log.
 */
@IntegrationTest
class RecruitPrivacyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void onlyTheLeadAndTheNamedHiringManagerSeeACandidate() {
		RecruitPeople staff = new RecruitPeople(this.port, this.people, this.accounts);
		RecruitPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		RecruitPeople.Member hiringManager = staff.hire(null, Role.MANAGER);
		RecruitPeople.Member otherManager = staff.hire(null, Role.MANAGER, Role.TALENT);
		RecruitPeople.Member talent = staff.hire(hiringManager.personId(), Role.TALENT);
		String secret = "Secret Candidate " + UUID.randomUUID().toString().substring(0, 6);
		String secretOrg = "Hidden Org " + UUID.randomUUID().toString().substring(0, 6);
		String id = RecruitPeople.createCandidate(lead.api(),
				RecruitPeople.candidate(secret, "INTERVIEWING", hiringManager.personId()));
		RecruitPeople.addAsset(lead.api(), id, "ORGANISATION", secretOrg);
		String path = "/api/v1/network/candidates/" + id;

		assertThat(lead.api().get("/api/v1/network/candidates").body()).contains(secret);
		assertThat(lead.session().get("/network/candidates").body()).contains(secret);
		// the hiring manager sees their candidate and adds to their assets, and does nothing else
		assertThat(hiringManager.api().get("/api/v1/network/candidates").body()).contains(secret);
		assertThat(hiringManager.api().get(path + "/evaluation").status()).isEqualTo(200);
		assertThat(hiringManager.session().get("/network/candidates/" + id).body()).contains(secret, secretOrg)
			.doesNotContain("id=\"hire-form\"", "id=\"change-stage\"", "id=\"edit-candidate\"");
		assertThat(hiringManager.session().get("/").body()).contains("href=\"/network/candidates\"");
		assertThat(hiringManager.api().post(path + "/assets",
				RecruitPeople.json(Map.of("kind", "DOMAIN", "name", "Kubernetes"))).status()).isEqualTo(201);
		assertThat(hiringManager.api().put(path, RecruitPeople.json(Map.of("candidate",
				RecruitPeople.candidate(secret, "OFFER", hiringManager.personId()), "version", 0))).code())
			.isEqualTo("recruit.denied.lead");
		assertThat(hiringManager.api().delete(path).status()).isEqualTo(403);
		assertThat(hiringManager.api().post(path + "/hire", "{}").status()).isIn(400, 403);
		assertThat(hiringManager.api().post("/api/v1/network/candidates",
				RecruitPeople.json(RecruitPeople.candidate("Someone", "SOURCED", null))).status()).isEqualTo(403);

		// another manager: a candidate they are not named on does not exist
		assertThat(otherManager.api().get("/api/v1/network/candidates").status()).isEqualTo(200);
		assertThat(otherManager.api().get("/api/v1/network/candidates").body()).doesNotContain(secret);
		for (String sub : List.of("", "/evaluation", "/assets")) {
			assertThat(otherManager.api().get(path + sub).status()).isEqualTo(404);
		}
		assertThat(otherManager.api().post(path + "/assets",
				RecruitPeople.json(Map.of("kind", "DOMAIN", "name", "Spying"))).status()).isEqualTo(404);
		assertThat(otherManager.session().get("/network/candidates/" + id).status()).isEqualTo(404);
		assertThat(otherManager.session().get("/network/candidates").body()).doesNotContain(secret);
		assertThat(otherManager.session().get("/").body()).doesNotContain("href=\"/network/candidates\"");

		// a talent, an alumnus and an administrator see no candidate at all
		List<ApiClient> refused = List.of(talent.api(), ApiClient.as(this.port, "talent", "demo"),
				ApiClient.as(this.port, "alumnus", "demo"), ApiClient.as(this.port, "admin", "demo"));
		for (ApiClient client : refused) {
			ApiClient.Response list = client.get("/api/v1/network/candidates");
			assertThat(list.status()).isEqualTo(403);
			assertThat(list.isProblem()).isTrue();
			assertThat(client.get(path).status()).isEqualTo(403);
			assertThat(client.get(path + "/evaluation").status()).isEqualTo(403);
			assertThat(client.post("/api/v1/network/candidates",
					RecruitPeople.json(RecruitPeople.candidate("Someone", "SOURCED", null))).status()).isEqualTo(403);
			assertThat(client.delete(path).status()).isEqualTo(403);
		}
		for (WebSession session : List.of(talent.session(), WebSession.signIn(this.port, "alumnus"),
				WebSession.signIn(this.port, "admin"))) {
			assertThat(session.get("/network/candidates").status()).isEqualTo(403);
			assertThat(session.get("/network/candidates/" + id).status()).isEqualTo(403);
			assertThat(session.get("/").body()).doesNotContain("href=\"/network/candidates\"", secret);
		}
		// the audit log says what was done, never to whom or with what
		String audit = ApiClient.as(this.port, "admin", "demo").get("/api/v1/admin/audit?size=200").body();
		assertThat(audit).contains("added a candidate").doesNotContain(secret, secretOrg, "Met at a meetup", "Kubernetes");
		String leadsAudit = ApiClient.as(this.port, "lead", "demo").get("/api/v1/admin/audit?size=200").body();
		assertThat(leadsAudit).doesNotContain(secret, secretOrg, "Met at a meetup", "Kubernetes");
	}

}
