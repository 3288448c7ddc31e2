package io.cocareer.people;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.shared.PersonId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;
import io.cocareer.tour.TourTestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The talent lead erases someone who has left: the person page and the API no longer show who
 * they were, their account is locked, the words they wrote in a tour go, and the tour still shows,
 * naming them by the neutral label. Only the talent lead may, and only once the person has left.
 */
@IntegrationTest
class PersonErasureIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anErasedPersonIsShownByTheNeutralLabelAndWhatTheyWroteGoes() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		String username = team.talent().username();
		UUID person = team.talent().personId();
		String name = this.people.profile(PeopleTestActors.HR, person).person().fullName();
		UUID packageId = TourFixtures.openPackage(team);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("talentId", person.toString());
		body.put("workPackageId", packageId.toString());
		ApiClient.Response tour = team.managerApi().post("/api/v1/tours", TourFixtures.json(body));
		assertThat(tour.status()).as(tour.body()).isEqualTo(201);
		String tourId = tour.json().path("id").asString();
		ApiClient.Response comment = team.talentApi()
			.post("/api/v1/tours/" + tourId + "/mission/comments", "{\"body\": \"I would rather start in May\"}");
		assertThat(comment.status()).as(comment.body()).isEqualTo(201);

		ApiClient.Response stillHere = lead().post("/api/v1/people/" + person + "/erasure", "");
		assertThat(stillHere.status()).isEqualTo(409);
		assertThat(stillHere.isProblem()).isTrue();
		assertThat(stillHere.code()).isEqualTo("people.erase.notLeft");

		assertThat(lead().post("/api/v1/people/" + person + "/leaving",
				"{\"leftOn\": \"%s\", \"reason\": \"Moved abroad\"}".formatted(LocalDate.now())).status()).isEqualTo(200);
		ApiClient.Response erased = lead().post("/api/v1/people/" + person + "/erasure", "");

		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(erased.body()).doesNotContain(name).doesNotContain("Moved abroad").doesNotContain("@test.cocareer.io");
		assertThat(erased.json().path("name").asString()).isEqualTo("Former colleague");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(count("select count(*) from tour_mission_comment where author_person_id = :id", person)).isZero();
			assertThat(this.accounts.findByPerson(PersonId.of(person)).orElseThrow().enabled()).isFalse();
			assertThat(this.accounts.findByUsername(username)).isEmpty();
			assertThat(this.jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and serialized_event like :id""")
				.param("id", "%" + person + "%")
				.query(Long.class)
				.single()).as("every module's reaction to the erasure is done").isZero();
		});
		String api = lead().get("/api/v1/people/" + person).body();
		assertThat(api).doesNotContain(name).contains("Former colleague");
		WebSession browser = WebSession.signIn(this.port, "lead", "demo");
		WebSession.Page page = browser.get("/people/" + person);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(name).contains("Former colleague");
		WebSession.Page tourPage = team.managerSession().get("/tours/" + tourId);
		assertThat(tourPage.status()).isEqualTo(200);
		assertThat(tourPage.body()).doesNotContain(name).contains("Former colleague");
		// the export is what HR imports again: an erased person is no longer in it
		String export = lead().get("/api/v1/people/export").body();
		assertThat(export).doesNotContain("ERASED-").doesNotContain("erased.invalid").doesNotContain(name);
		ApiClient.Response again = lead().post("/api/v1/people/" + person + "/erasure", "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("people.erase.already");
	}

	@Test
	void onlyTheTalentLeadErases() {
		UUID person = TourTestPeople.newPerson(this.people, null);
		this.people.recordLeaving(PeopleTestActors.HR, person, LocalDate.now(), "Moved on");

		for (String other : new String[] { "admin", "manager", "talent" }) {
			ApiClient.Response refused = ApiClient.as(this.port, other, "demo")
				.post("/api/v1/people/" + person + "/erasure", "");
			assertThat(refused.status()).as(other).isIn(403, 404);
			assertThat(refused.isProblem()).isTrue();
		}
		assertThat(this.people.profile(PeopleTestActors.HR, person).person().erased()).isFalse();
	}

	@Test
	void thePersonPageAsksToConfirmAndSaysWhyNextToTheBox() {
		UUID person = TourTestPeople.newPerson(this.people, null);
		String name = this.people.profile(PeopleTestActors.HR, person).person().fullName();
		this.people.recordLeaving(PeopleTestActors.HR, person, LocalDate.now(), "Moved on");
		WebSession browser = WebSession.signIn(this.port, "lead", "demo");
		WebSession.Page page = browser.get("/people/" + person);
		assertThat(page.body()).contains("action=\"/people/" + person + "/erasure\"");

		WebSession.Page unconfirmed = browser.post("/people/" + person + "/erasure", page, Map.of());

		assertThat(unconfirmed.status()).isEqualTo(200);
		assertThat(unconfirmed.body()).contains("Tick the box to confirm the erasure.").contains(name);
		WebSession.Page done = browser.post("/people/" + person + "/erasure", page, Map.of("confirmed", "true"));
		assertThat(done.status()).isEqualTo(302);
		WebSession.Page after = browser.get("/people/" + person);
		assertThat(after.body()).doesNotContain(name).contains("Former colleague").doesNotContain("mailto:")
			.doesNotContain("action=\"/people/" + person + "/erasure\"");
		assertThat(WebSession.signIn(this.port, "admin", "demo").get("/people/" + person).body())
			.doesNotContain("/erasure");
	}

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
