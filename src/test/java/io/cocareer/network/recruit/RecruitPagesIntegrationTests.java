package io.cocareer.network.recruit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Recruiting for connections" as the talent lead uses it: every form shows all its errors next to
 * the fields, a candidate at the offer is hired from the page, and the new person finds what they
 * brought on their own network page and puts someone there on their map in one step.
 */
@IntegrationTest
class RecruitPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	private static Map<String, String> candidate(String name, String role, String stage) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("roleAppliedFor", role);
		fields.put("stage", stage);
		fields.put("hiringManagerEmployeeId", "");
		fields.put("note", "");
		return fields;
	}

	@Test
	void theFormsShowEveryErrorNextToItsFieldAndStoreNothing() {
		WebSession lead = new RecruitPeople(this.port, this.people, this.accounts).hire(null, Role.TALENT_LEAD).session();
		WebSession.Page list = lead.get("/network/candidates");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("<h1>Recruiting for connections</h1>", "id=\"add-candidate\"").doesNotContain("??");
		long before = this.jdbc.sql("select count(*) from network_candidate").query(Long.class).single();

		WebSession.Page blank = lead.post("/network/candidates", list, candidate(" ", "", "SOURCED"));
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("Name the candidate.", "Say which role they applied for.");
		Map<String, String> unknown = candidate("Ana Lopez", "Data engineer", "PROMOTED");
		unknown.put("hiringManagerEmployeeId", "NOBODY-HERE");
		WebSession.Page wrong = lead.post("/network/candidates", list, unknown);
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("This value has the wrong form.");
		assertThat(this.jdbc.sql("select count(*) from network_candidate").query(Long.class).single()).isEqualTo(before);

		WebSession.Page created = lead.post("/network/candidates", list, candidate("Ana Lopez", "Data engineer", "APPLIED"));
		assertThat(created.status()).isEqualTo(302);
		String path = created.location().replaceFirst("^https?://[^/]+", "");
		WebSession.Page page = lead.get(path);
		assertThat(page.body()).contains("Ana Lopez", "Applied", "Adds nothing the organisation does not reach yet.")
			.doesNotContain("id=\"hire-form\"", "??");
		Map<String, String> asset = new LinkedHashMap<>(Map.of("kind", "ORGANISATION", "name", "Fabrikam Bank", "arena", "",
				"description", ""));
		assertThat(lead.post(path + "/assets", page, asset).status()).isEqualTo(302);
		page = lead.get(path);
		asset.put("name", " fabrikam  bank");
		WebSession.Page duplicate = lead.post(path + "/assets", page, asset);
		assertThat(duplicate.status()).isEqualTo(200);
		assertThat(duplicate.body()).contains("The candidate already has this asset.");
		WebSession.Page noArena = lead.post(path + "/assets", page, Map.of("kind", "ARENA", "name", "", "arena", "",
				"description", ""));
		assertThat(noArena.body()).contains("Choose the arena.");
		WebSession.Page noKind = lead.post(path + "/assets", page, Map.of("kind", "", "name", "", "arena", "",
				"description", ""));
		assertThat(noKind.body()).contains("Fill this in.");
		assertThat(lead.get("/network/candidates?stage=NOPE").body()).contains("There is no such stage");
		assertThat(lead.get("/network/candidates?stage=APPLIED").body()).contains("Ana Lopez");
	}

	@Test
	void theLeadHiresFromThePageAndTheNewPersonPutsWhomTheyKnowOnTheirMapInOneStep() {
		RecruitPeople staff = new RecruitPeople(this.port, this.people, this.accounts);
		RecruitPeople.Member leadMember = staff.hire(null, Role.TALENT_LEAD);
		String id = RecruitPeople.createCandidate(leadMember.api(), RecruitPeople.candidate("Lucas Ferreira", "OFFER", null));
		RecruitPeople.addAsset(leadMember.api(), id, "ORGANISATION", "Northwind Logistics");
		RecruitPeople.addAsset(leadMember.api(), id, "DOMAIN", "Kubernetes");
		WebSession lead = leadMember.session();
		WebSession.Page page = lead.get("/network/candidates/" + id);
		assertThat(page.body()).contains("id=\"hire-form\"", "value=\"Lucas\"", "value=\"Ferreira\"");
		String key = Long.toString(System.nanoTime(), 36).toUpperCase();

		Map<String, String> hire = new LinkedHashMap<>();
		hire.put("employeeId", "");
		hire.put("firstName", "Lucas");
		hire.put("lastName", "");
		hire.put("email", "nope");
		hire.put("title", "Platform engineer");
		hire.put("unitId", "");
		hire.put("managerEmployeeId", "");
		hire.put("hireDate", LocalDate.now().toString());
		WebSession.Page refused = lead.post("/network/candidates/" + id + "/hire", page, hire);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Fill this in.", "Give an email address such as ana@example.org.");
		hire.put("employeeId", "PG" + key);
		hire.put("lastName", "Ferreira");
		hire.put("email", "lucas.pg." + key + "@test.cocareer.io");
		WebSession.Page hired = lead.post("/network/candidates/" + id + "/hire", page, hire);
		assertThat(hired.status()).isEqualTo(302);
		assertThat(lead.get("/network/candidates/" + id).body()).contains("Hired", "id=\"hired-person\"")
			.doesNotContain("id=\"hire-form\"");

		java.util.UUID personId = this.jdbc.sql("select person_id from network_candidate where id = ?")
			.param(java.util.UUID.fromString(id)).query(java.util.UUID.class).single();
		String username = "rc-new-" + key.toLowerCase();
		this.accounts.create(username, RecruitPeople.PASSWORD, personId, "Lucas Ferreira", Set.of(Role.TALENT));
		WebSession newcomer = WebSession.signIn(this.port, username, RecruitPeople.PASSWORD);
		WebSession.Page network = newcomer.get("/network");
		assertThat(network.body()).contains("From your recruitment", "Northwind Logistics", "Kubernetes",
				"Add to my map as a developer");
		String assetId = this.jdbc.sql("select id from network_candidate_asset where candidate_id = ? and kind = 'ORGANISATION'")
			.param(java.util.UUID.fromString(id)).query(String.class).single();

		WebSession.Page blankName = newcomer.post("/network/recruitment/assets/" + assetId + "/map", network, Map.of("name", ""));
		assertThat(blankName.status()).isEqualTo(302);
		assertThat(newcomer.get("/network").body()).contains("Name whom you know there.");
		WebSession.Page added = newcomer.post("/network/recruitment/assets/" + assetId + "/map", network,
				Map.of("name", "Helena Brandt"));
		assertThat(added.status()).isEqualTo(302);
		assertThat(newcomer.get("/network").body()).contains("Helena Brandt");
		assertThat(this.jdbc.sql("select organisation from network_developer where talent_id = ? and name = 'Helena Brandt'")
			.param(personId).query(String.class).single()).isEqualTo("Northwind Logistics");
		newcomer.post("/network/recruitment/assets/" + assetId + "/map", network, Map.of("name", "Helena Brandt"));
		assertThat(newcomer.get("/network").body()).as("the map's own refusal, in words, on the card")
			.contains("This developer is already on your map");
		// someone else's asset is not theirs to use
		WebSession other = staff.hire(null, Role.TALENT).session();
		WebSession.Page otherNetwork = other.get("/network");
		assertThat(otherNetwork.body()).doesNotContain("From your recruitment");
		assertThat(other.post("/network/recruitment/assets/" + assetId + "/map", otherNetwork, Map.of("name", "Spy")).status())
			.isEqualTo(404);
	}

}
