package io.cocareer.network;

import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A map is its talent's alone: their manager, the talent lead, another talent, an alumnus and an
 * administrator read none of it through pages, the API or the audit log.
 */
@IntegrationTest
class NetworkPrivacyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nobodyButTheTalentReadsTheirMapOrItsHealth() {
		NetworkPeople staff = new NetworkPeople(this.port, this.people, this.accounts);
		NetworkPeople.Member manager = staff.hire(null, Role.MANAGER, Role.TALENT);
		NetworkPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		NetworkPeople.Member otherTalent = staff.hire(null, Role.TALENT);
		String secret = "Secret Mentor " + UUID.randomUUID().toString().substring(0, 6);
		NetworkApiIntegrationTests.addDeveloper(talent.api(),
				NetworkApiIntegrationTests.external(secret, "PRIOR_EMPLOYER", 4, "COACHING"));
		assertThat(talent.api().get("/api/v1/me/network").body()).contains(secret);
		assertThat(talent.session().get("/network").body()).contains(secret);

		List<ApiClient> others = List.of(manager.api(), otherTalent.api(), ApiClient.as(this.port, "lead", "demo"),
				ApiClient.as(this.port, "manager", "demo"));
		for (ApiClient other : others) {
			assertThat(other.get("/api/v1/me/network").body()).doesNotContain(secret);
			assertThat(other.get("/api/v1/me/network/health").status()).isEqualTo(200);
			assertThat(other.get("/api/v1/talents/" + talent.personId() + "/network").status()).isEqualTo(404);
		}
		// an administrator's account is no person's: no map of their own, and nobody else's
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		assertThat(admin.get("/api/v1/me/network").status()).isEqualTo(403);
		assertThat(admin.get("/api/v1/me/network").code()).isEqualTo("network.denied.noMap");
		assertThat(admin.get("/api/v1/me/network/health").status()).isEqualTo(403);
		ApiClient.Response export = admin.get("/api/v1/me/network/export.graphml");
		assertThat(export.status()).as("a refused download answers as a refusal, not as a broken file").isEqualTo(403);
		assertThat(export.isProblem()).isTrue();
		assertThat(admin.get("/api/v1/talents/" + talent.personId() + "/network").status()).isIn(403, 404);
		assertThat(WebSession.signIn(this.port, "admin").get("/network").status()).isEqualTo(403);
		// an alumnus keeps a map of their own, and reads nobody else's
		ApiClient alumnus = ApiClient.as(this.port, "alumnus", "demo");
		assertThat(alumnus.get("/api/v1/me/network").status()).isEqualTo(200);
		assertThat(alumnus.get("/api/v1/me/network").body()).doesNotContain(secret);
		// and shares it with no one: their shares ended when they left
		assertThat(alumnus.put("/api/v1/me/network/shares/TALENT_LEAD", "{\"scope\": \"HEALTH\"}").code())
			.isEqualTo("network.share.denied.left");
		assertThat(alumnus.get("/api/v1/me/network/shares").json()).isEmpty();
		assertThat(WebSession.signIn(this.port, "alumnus", "demo").get("/network").body())
			.contains("id=\"share-left\"").doesNotContain("id=\"share\"");
		assertThat(alumnus.get("/api/v1/talents/" + talent.personId() + "/network").status()).isIn(403, 404);
		WebSession.Page alumnusMap = WebSession.signIn(this.port, "alumnus").get("/network");
		assertThat(alumnusMap.status()).isEqualTo(200);
		assertThat(alumnusMap.body()).as("alumni no longer browse the organisation's people")
			.doesNotContain("/people/picker", "href=\"/people\"");
		java.util.Map<String, Object> insider = NetworkApiIntegrationTests.external(null, "CURRENT_EMPLOYER", 3);
		insider.remove("name");
		insider.put("personId", manager.personId().toString());
		assertThat(alumnus.post("/api/v1/me/network/developers", NetworkApiIntegrationTests.json(insider)).code())
			.isEqualTo("network.developer.peopleForStaff");
		for (WebSession session : List.of(manager.session(), WebSession.signIn(this.port, "lead"))) {
			assertThat(session.get("/network").body()).doesNotContain(secret);
			assertThat(session.get("/people/" + talent.personId()).body()).doesNotContain(secret);
		}
		String audit = ApiClient.as(this.port, "admin", "demo").get("/api/v1/admin/audit?size=200").body();
		assertThat(audit).doesNotContain(secret);
	}

	@Test
	void anErasedPersonsMapGoesAndOnOthersMapsTheyStayUnnamedAndInternal() {
		NetworkPeople staff = new NetworkPeople(this.port, this.people, this.accounts);
		NetworkPeople.Member leaver = staff.hire(null, Role.TALENT);
		NetworkPeople.Member colleague = staff.hire(null, Role.TALENT);
		NetworkApiIntegrationTests.addDeveloper(leaver.api(),
				NetworkApiIntegrationTests.external("Ann Alder", "PRIOR_EMPLOYER", 4));
		java.util.Map<String, Object> internal = NetworkApiIntegrationTests.external(null, "CURRENT_EMPLOYER", 4, "COACHING");
		internal.remove("name");
		internal.put("personId", leaver.personId().toString());
		String onColleaguesMap = NetworkApiIntegrationTests.addDeveloper(colleague.api(), internal);
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		assertThat(lead.post("/api/v1/people/" + leaver.personId() + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved abroad\"}".formatted(java.time.LocalDate.now())).status())
			.isEqualTo(200);

		assertThat(lead.post("/api/v1/people/" + leaver.personId() + "/erasure", "").status()).isEqualTo(200);

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.jdbc.sql("select count(*) from network_developer where talent_id = ?")
				.param(leaver.personId()).query(Long.class).single()).isZero();
			var developer = colleague.api().get("/api/v1/me/network/developers/" + onColleaguesMap).json();
			assertThat(developer.path("name").asString()).isEqualTo("Former colleague");
			assertThat(developer.path("personId").isNull()).isTrue();
			assertThat(developer.path("internal").asBoolean()).isTrue();
		});
	}

	@Test
	void aDeveloperOfAnotherMapCannotBeChangedOrRemovedOrTied() {
		NetworkPeople staff = new NetworkPeople(this.port, this.people, this.accounts);
		NetworkPeople.Member owner = staff.hire(null, Role.TALENT);
		NetworkPeople.Member intruder = staff.hire(null, Role.TALENT, Role.MANAGER);
		String theirs = NetworkApiIntegrationTests.addDeveloper(owner.api(),
				NetworkApiIntegrationTests.external("Ann Alder", "PRIOR_EMPLOYER", 4));
		String mine = NetworkApiIntegrationTests.addDeveloper(intruder.api(),
				NetworkApiIntegrationTests.external("Bob Birch", "EDUCATION", 2));

		ApiClient.Response read = intruder.api().get("/api/v1/me/network/developers/" + theirs);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.code()).isEqualTo("network.developer.notFound");
		assertThat(intruder.api().delete("/api/v1/me/network/developers/" + theirs).status()).isEqualTo(404);
		assertThat(intruder.api().post("/api/v1/me/network/ties",
				NetworkApiIntegrationTests.json(java.util.Map.of("oneId", mine, "otherId", theirs))).code())
			.isEqualTo("network.tie.unknownDeveloper");
		assertThat(intruder.session().get("/network/developers/" + theirs + "/edit").status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from network_developer where id = ?").param(UUID.fromString(theirs))
			.query(Long.class).single()).isEqualTo(1);
	}

}
