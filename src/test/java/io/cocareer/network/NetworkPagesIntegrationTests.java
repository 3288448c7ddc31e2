package io.cocareer.network;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** "My network" as a talent uses it: forms, errors next to their fields, the health and nudges. */
@IntegrationTest
class NetworkPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	private NetworkPeople.Member talent() {
		return new NetworkPeople(this.port, this.people, this.accounts).hire(null, Role.TALENT);
	}

	private static Map<String, String> developer(String name, String arena, String closeness) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("employeeId", "");
		fields.put("name", name);
		fields.put("organisation", "Acme");
		fields.put("arena", arena);
		fields.put("role", "MENTOR");
		fields.put("closeness", closeness);
		fields.put("contactFrequency", "MONTHLY");
		fields.put("lastContact", "");
		fields.put("support", "COACHING");
		return fields;
	}

	@Test
	void anEmptyMapInvitesTheTalentToStartAndSaysItIsPrivate() {
		WebSession.Page page = talent().session().get("/network");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>My developmental network</h1>", "Nobody on your map yet",
				"Sharing is not necessary", "id=\"add-developer\"", "id=\"add-gap\"")
			.doesNotContain("id=\"add-tie\"", "??network");
	}

	@Test
	void aTalentAddsTwoDevelopersATieAndAGapAndSeesTheHealth() {
		WebSession session = talent().session();
		WebSession.Page page = session.get("/network");

		WebSession.Page added = session.post("/network/developers", page, developer("Ann Alder", "PRIOR_EMPLOYER", "4"));
		assertThat(added.status()).isEqualTo(302);
		page = session.get("/network");
		session.post("/network/developers", page, developer("Bob Birch", "EDUCATION", "2"));
		page = session.get("/network");
		assertThat(page.body()).contains("Ann Alder", "Bob Birch", "Prior employer", "4 · close", "id=\"add-tie\"",
				"What your network says", "Your developers come from only 2 arenas");
		String ann = idOf(page.body(), "Ann Alder");
		String bob = idOf(page.body(), "Bob Birch");

		WebSession.Page tied = session.post("/network/ties", page, Map.of("oneId", ann, "otherId", bob));
		assertThat(tied.status()).isEqualTo(302);
		page = session.get("/network");
		session.post("/network/gaps", page, Map.of("role", "SPONSOR", "arena", "", "description", "A sponsor in product"));

		page = session.get("/network");
		assertThat(page.body()).contains("A sponsor in product", "Effective size")
			.containsAnyOf("Ann Alder knows Bob Birch", "Bob Birch knows Ann Alder");
	}

	@Test
	void theTalentsHomeLinksTheirNetworkAndAnAdministratorsDoesNot() {
		WebSession.Page home = WebSession.signIn(this.port, "talent").get("/");
		assertThat(home.body()).contains("href=\"/network\"", "id=\"my-network-card\"", "developers on your map");

		WebSession.Page admin = WebSession.signIn(this.port, "admin").get("/");
		assertThat(admin.body()).doesNotContain("href=\"/network\"", "my-network-card");
	}

	@Test
	void anEmptyDeveloperFormShowsEveryErrorNextToItsField() {
		WebSession session = talent().session();
		WebSession.Page page = session.get("/network");
		Map<String, String> empty = developer("", "", "");

		WebSession.Page refused = session.post("/network/developers", page, empty);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"add-name-errors\"", "Name the developer, or pick a person",
				"id=\"add-arena-errors\"", "id=\"add-closeness-errors\"", "Fill this in.");
		assertThat(session.get("/network").body()).contains("Nobody on your map yet");
	}

	@Test
	void aTieOfADeveloperWithThemselvesIsRefusedOnTheForm() {
		WebSession session = talent().session();
		WebSession.Page page = session.get("/network");
		session.post("/network/developers", page, developer("Ann Alder", "PRIOR_EMPLOYER", "4"));
		page = session.get("/network");
		session.post("/network/developers", page, developer("Bob Birch", "EDUCATION", "2"));
		page = session.get("/network");
		String ann = idOf(page.body(), "Ann Alder");

		WebSession.Page refused = session.post("/network/ties", page, Map.of("oneId", ann, "otherId", ann));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"tie-otherId-errors\"", "cannot be tied to themselves");
	}

	@Test
	void aDeveloperIsEditedOnTheirOwnPage() {
		WebSession session = talent().session();
		WebSession.Page page = session.get("/network");
		session.post("/network/developers", page, developer("Ann Alder", "PRIOR_EMPLOYER", "4"));
		String ann = idOf(session.get("/network").body(), "Ann Alder");

		WebSession.Page edit = session.get("/network/developers/" + ann + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains("Edit Ann Alder", "value=\"Ann Alder\"");
		Map<String, String> changed = developer("Ann Alder-Smith", "PRIOR_EMPLOYER", "5");
		java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(edit.body());
		assertThat(version.find()).as("the edit form carries the version it shows").isTrue();
		changed.put("version", version.group(1));
		WebSession.Page saved = session.post("/network/developers/" + ann + "/edit", edit, changed);

		assertThat(saved.status()).as(errorsOn(saved.body())).isEqualTo(302);
		assertThat(session.get("/network").body()).contains("Ann Alder-Smith", "5 · very close");
	}

	/** What a refused form says, for a failure's message. */
	static String errorsOn(String body) {
		return java.util.regex.Pattern.compile("invalid-feedback[^>]*>(.*?)</div>|alert-danger[^>]*>(.*?)</div>", java.util.regex.Pattern.DOTALL)
			.matcher(body).results().map(java.util.regex.MatchResult::group).toList().toString();
	}

	/** The developer id of the table row that names them. */
	static String idOf(String body, String name) {
		int at = body.indexOf(">" + name + "<");
		int row = body.lastIndexOf("data-developer=\"", at);
		return body.substring(row + 16, body.indexOf('"', row + 16));
	}

}
