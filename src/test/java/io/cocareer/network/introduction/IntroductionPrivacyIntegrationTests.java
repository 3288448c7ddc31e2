package io.cocareer.network.introduction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;


import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.network.introduction.IntroductionPeople.ask;
import static io.cocareer.network.introduction.IntroductionPeople.asked;
import static io.cocareer.network.introduction.IntroductionPeople.json;
import static io.cocareer.network.introduction.IntroductionPeople.step;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An introduction is seen by the talent who asked and the broker asked, nobody else: another
 * manager, another talent, a talent lead who is not the broker, an alumnus and an administrator
 * read none of it through pages or the API, and the broker reads nothing of the talent's map.
 * When people leave or are erased, their introductions end or forget them.
 */
@IntegrationTest
class IntroductionPrivacyIntegrationTests {

	private static final String BASE = "/api/v1/network/introductions";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheTalentAndTheBrokerSeeAnIntroductionAndTheBrokerNothingOfTheMap() {
		IntroductionPeople staff = new IntroductionPeople(this.port, this.people, this.accounts);
		IntroductionPeople.Team team = staff.team();
		IntroductionPeople.Member otherManager = staff.hire(null, Role.MANAGER, Role.TALENT);
		IntroductionPeople.Member otherTalent = staff.hire(otherManager.personId(), Role.TALENT);
		ApiClient talent = team.talent().api();
		String secretGap = "Secret gap " + UUID.randomUUID().toString().substring(0, 6);
		String secretDeveloper = "Secret Mentor " + UUID.randomUUID().toString().substring(0, 6);
		String gapId = talent.post("/api/v1/me/network/gaps", json(Map.of("role", "SPONSOR", "description", secretGap)))
			.json().path("id").asString();
		assertThat(talent.post("/api/v1/me/network/developers", json(Map.of("name", secretDeveloper, "arena", "OTHER",
				"role", "MENTOR", "closeness", 4, "contactFrequency", "MONTHLY"))).status()).isEqualTo(201);
		String target = "Jonas Weber " + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> body = ask(target, "MANAGER", null);
		body.put("gapId", gapId);
		String id = asked(talent, body);

		// the talent and the broker
		assertThat(talent.get(BASE + "/" + id).body()).contains(secretGap);
		assertThat(team.talent().session().get("/network/introductions/" + id).body()).contains(secretGap, target);
		WebSession.Page network = team.talent().session().get("/network");
		assertThat(network.body()).contains("id=\"my-introductions\"", target, "Requested");
		ApiClient broker = team.manager().api();
		assertThat(broker.get(BASE + "/" + id).status()).isEqualTo(200);
		assertThat(broker.get(BASE + "/" + id).body()).contains("Learn how product managers shape a roadmap")
			.doesNotContain(secretGap, secretDeveloper, gapId);
		WebSession.Page brokerPage = team.manager().session().get("/network/introductions/" + id);
		assertThat(brokerPage.status()).isEqualTo(200);
		assertThat(brokerPage.body()).contains("Will you make this introduction?", team.talent().name())
			.doesNotContain(secretGap, secretDeveloper);
		assertThat(team.manager().session().get("/").body()).contains("Introductions asked of you");
		assertThat(broker.get("/api/v1/talents/" + team.talent().personId() + "/network").status()).isEqualTo(404);

		// everyone else
		List<ApiClient> others = List.of(otherManager.api(), otherTalent.api(), ApiClient.as(this.port, "lead", "demo"),
				ApiClient.as(this.port, "manager", "demo"), ApiClient.as(this.port, "talent", "demo"));
		for (ApiClient other : others) {
			assertThat(other.get(BASE + "/" + id).status()).isEqualTo(404);
			assertThat(other.get(BASE).body()).doesNotContain(id, target);
			assertThat(other.post(BASE + "/" + id + "/accept", json(Map.of("version", 0))).status()).isEqualTo(404);
		}
		assertThat(otherManager.session().get("/network/introductions/" + id).status()).isEqualTo(404);
		assertThat(otherTalent.session().get("/network/introductions/" + id).status()).isEqualTo(404);
		assertThat(otherManager.session().get("/").body()).doesNotContain("Introductions asked of you");
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		assertThat(admin.get(BASE).status()).isEqualTo(403);
		assertThat(admin.get(BASE + "/" + id).status()).isEqualTo(403);
		assertThat(admin.get(BASE + "/" + id).body()).doesNotContain(target);
		assertThat(admin.get("/api/v1/admin/audit?size=100").body()).doesNotContain(target,
				"Learn how product managers shape a roadmap", secretGap);
		assertThat(WebSession.signIn(this.port, "admin").get("/network/introductions/" + id).status()).isEqualTo(403);
		ApiClient alumnus = ApiClient.as(this.port, "alumnus", "demo");
		assertThat(alumnus.get(BASE + "/" + id).status()).isIn(403, 404);
		assertThat(WebSession.signIn(this.port, "alumnus").get("/network/introductions/" + id).status()).isIn(403, 404);
	}

	@Test
	void leaversOpenIntroductionsEndAndErasedPeopleAreFormerColleagues() {
		IntroductionPeople staff = new IntroductionPeople(this.port, this.people, this.accounts);
		IntroductionPeople.Team team = staff.team();
		IntroductionPeople.Member colleague = staff.hire(null, Role.TALENT);
		IntroductionPeople.Member leaver = staff.hire(team.manager().personId(), Role.TALENT);
		ApiClient talent = team.talent().api();
		String brokered = asked(talent, ask("Mei Tanaka", "COLLEAGUE", colleague.personId()));
		String made = asked(talent, ask("Elif Yilmaz", "COLLEAGUE", colleague.personId()));
		step(colleague.api(), made, "accept", Map.of());
		step(colleague.api(), made, "introduced", Map.of("channel", "EMAIL", "introducedOn", LocalDate.now().toString(),
				"note", "Wrote to you both"));
		String leaversOwn = asked(leaver.api(), ask("Tess Visser", "MANAGER", null));
		Map<String, Object> toMeetTheLeaver = ask(null, "MANAGER", null);
		toMeetTheLeaver.put("targetPersonId", leaver.personId().toString());
		String aboutLeaver = asked(talent, toMeetTheLeaver);
		assertThat(talent.get(BASE + "/" + aboutLeaver).json().path("targetName").asString()).isEqualTo(leaver.name());

		this.people.recordLeaving(PeopleTestActors.HR, colleague.personId(), LocalDate.now(), "Moved on");
		this.people.recordLeaving(PeopleTestActors.HR, leaver.personId(), LocalDate.now(), "Moved on");

		assertThat(eventually(() -> state(brokered), "DECLINED")).isEqualTo("DECLINED");
		assertThat(talent.get(BASE + "/" + brokered).json().path("closedReason").asString()).isEqualTo("BROKER_LEFT");
		assertThat(eventually(() -> state(leaversOwn), "WITHDRAWN")).isEqualTo("WITHDRAWN");
		assertThat(state(made)).as("an introduction made stays for its outcome").isEqualTo("INTRODUCED");
		assertThat(team.manager().api().get(BASE).json().path("brokered").toString()).contains("ASKER_LEFT");

		this.people.erase(PeopleTestActors.HR, colleague.personId());
		this.people.erase(PeopleTestActors.HR, leaver.personId());

		assertThat(eventually(() -> count("select count(*) from network_introduction where talent_id = ?", leaver.personId()), 0L))
			.isZero();
		assertThat(eventually(() -> talent.get(BASE + "/" + made).json().path("brokerName").asString(), "Former colleague"))
			.isEqualTo("Former colleague");
		assertThat(talent.get(BASE + "/" + made).json().path("introductionNote").isNull()).isTrue();
		assertThat(count("select count(*) from network_introduction where broker_id = ?", colleague.personId())).isZero();
		assertThat(eventually(() -> talent.get(BASE + "/" + aboutLeaver).json().path("targetName").asString(),
				"Former colleague")).isEqualTo("Former colleague");
		assertThat(talent.get(BASE + "/" + aboutLeaver).json().path("targetPersonId").isNull()).isTrue();
	}

	private String state(String id) {
		return this.jdbc.sql("select state from network_introduction where id = ?").param(UUID.fromString(id))
			.query(String.class).single();
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	/** What the listener has made of it once it ran (after the commit, in its own thread): polled up to 10 s. */
	private static <T> T eventually(Supplier<T> read, T expected) {
		T last = read.get();
		for (int i = 0; i < 100 && !expected.equals(last); i++) {
			sleep();
			last = read.get();
		}
		return last;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
