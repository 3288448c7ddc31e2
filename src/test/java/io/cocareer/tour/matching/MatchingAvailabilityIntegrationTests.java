package io.cocareer.tour.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.TourActivation;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourTeam;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching counts the share of the week a talent's running tours already take (DOMAIN §5.3), on
 * the talent's matches and among a package's candidates alike. The test builds its own world: a
 * competency of its own, a team's talent in the pool who holds it at the level asked and whose
 * aspirations are exactly the words of the test's packages, and two packages that ask for it.
 * Nobody else holds the competency or those words, so for the talent these packages outrank any
 * other (0.8 against at most 0.5, or 0.64 once a running tour takes 80 % of the week) and the
 * talent is the best candidate for them (0.4 at least, against at most 0.09 for anyone else),
 * whatever else is open or in the pool.
 */
@IntegrationTest
class MatchingAvailabilityIntegrationTests {

	/** Competencies created for one test sort after the demo's, so "the first competency" stays a demo one. */
	private static final String CATEGORY = "Zz matching tests";

	/** Letters a word stays itself with through Lucene's English analysis: no vowel, no s. */
	private static final String CONSONANTS = "bcdfghjklmnpqrtvwxz";

	private static final AtomicLong WORDS = new AtomicLong(System.nanoTime());

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TourRepository tourRepository;

	@Autowired
	TourService tours;

	@Test
	void aRunningTourAt80PercentLeavesTheTalentHalfAvailableForA40PercentPackage() {
		TourTeam team = TourTeam.hire(this.port, this.people, this.accounts);
		UUID talent = team.talent().personId();
		LocalDate start = TourFixtures.futureStart();
		String title = word() + " " + word();
		String description = word();
		String competencyName = word();
		UUID competency = competency(competencyName);
		designate(talent);
		UUID at40 = openPackage(team, title, description, competency, start, 40);
		UUID at25 = openPackage(team, title, description, competency, start, 25);
		rate(team, String.join(" ", title, description, competencyName), competency);

		// the two packages are the talent's best matches, and the talent is free for both
		JsonNode before = matches(team, 2);
		assertThat(before).extracting((match) -> match.path("packageId").asString())
			.containsExactlyInAnyOrder(at40.toString(), at25.toString());
		assertThat(availabilityOf(before, at40)).isEqualTo(1.0);
		assertThat(availabilityOf(before, at25)).isEqualTo(1.0);

		Map<String, Object> tour = new LinkedHashMap<>();
		tour.put("talentId", talent.toString());
		tour.put("title", "A big running tour");
		tour.put("tourType", "ROTATIONAL");
		tour.put("startOn", start.plusMonths(1).toString());
		tour.put("endOn", start.plusMonths(3).toString());
		tour.put("timeShare", 80);
		ApiClient.Response proposed = team.managerApi().post("/api/v1/tours", TourFixtures.json(tour));
		assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
		UUID running = UUID.fromString(proposed.json().path("id").asString());
		TourActivation.activate(this.transactions, this.tourRepository, this.tours, running);

		// 20 % of the week is free while the package asks for 40 %: the talent's matches count it
		// (the package asking for 25 % stays their best match, at 20 / 25 of the share)...
		JsonNode after = matches(team, 1);
		assertThat(after.get(0).path("packageId").asString()).isEqualTo(at25.toString());
		assertThat(availabilityOf(after, at25)).isEqualTo(0.8);
		// ...and so do the candidates, where the talent is the best of the pool for both packages
		assertThat(bestCandidate(at40).path("personId").asString()).isEqualTo(talent.toString());
		assertThat(bestCandidate(at40).path("components").path("availability").asDouble()).isEqualTo(0.5);
		assertThat(bestCandidate(at25).path("personId").asString()).isEqualTo(talent.toString());
		assertThat(bestCandidate(at25).path("components").path("availability").asDouble()).isEqualTo(0.8);
	}

	/** The talent's best open package matches, as the talent asks for them. */
	private JsonNode matches(TourTeam team, int limit) {
		ApiClient.Response response = team.talentApi()
			.get("/api/v1/work-packages/matches?personId=" + team.talent().personId() + "&limit=" + limit);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static double availabilityOf(JsonNode matches, UUID packageId) {
		for (JsonNode match : matches) {
			if (match.path("packageId").asString().equals(packageId.toString())) {
				return match.path("components").path("availability").asDouble();
			}
		}
		throw new AssertionError("The package is not among the talent's best matches");
	}

	/** The best candidate of the whole pool for the package, as the talent lead ranks it. */
	private JsonNode bestCandidate(UUID packageId) {
		return ApiClient.as(this.port, "lead", "demo")
			.get("/api/v1/work-packages/" + packageId + "/candidates?limit=1")
			.json()
			.get(0);
	}

	/** A letters-only word of the test's own, fresh for each call. */
	private static String word() {
		long n = WORDS.incrementAndGet();
		StringBuilder word = new StringBuilder();
		while (n > 0) {
			word.append(CONSONANTS.charAt((int) (n % CONSONANTS.length())));
			n /= CONSONANTS.length();
		}
		return "zq" + word;
	}

	/** The lead adds a competency of the test's own to the catalogue. */
	private UUID competency(String name) {
		ApiClient.Response added = ApiClient.as(this.port, "lead", "demo")
			.post("/api/v1/competencies", TourFixtures.json(Map.of("name", name, "category", CATEGORY)));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		return UUID.fromString(added.json().path("id").asString());
	}

	/** The lead designates the person a talent, which puts them in the talent pool. */
	private void designate(UUID personId) {
		ApiClient.Response designated = ApiClient.as(this.port, "lead", "demo").post("/api/v1/talents",
				TourFixtures.json(Map.of("personId", personId.toString(), "reason", "LONG_TERM_POTENTIAL", "evidence",
						"Grows fast", "reviewOn", LocalDate.now().plusMonths(6).toString(), "performance", 2,
						"potential", 3)));
		assertThat(designated.status()).as(designated.body()).isEqualTo(201);
	}

	/** The team's talent writes their profile: this aspiration and level 3 in the competency. */
	private void rate(TourTeam team, String aspiration, UUID competency) {
		ApiClient talent = team.talentApi();
		String profile = "/api/v1/talents/" + team.talent().personId() + "/profile";
		long version = talent.get(profile).json().path("version").asLong();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("shortTermAspiration", aspiration);
		body.put("competencies", List.of(Map.of("competencyId", competency.toString(), "proficiency", 3)));
		body.put("version", version);
		ApiClient.Response revised = talent.put(profile, TourFixtures.json(body));
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
	}

	/**
	 * The team's manager opens a package over the six months from the start, at the share, asking
	 * level 3 in the competency, whose words are the title, the description and the competency's name.
	 */
	private UUID openPackage(TourTeam team, String title, String description, UUID competency, LocalDate start,
			int timeShare) {
		Map<String, Object> body = TourFixtures.aPackage(this.port, team.manager().employeeId());
		body.put("title", title);
		body.put("description", description);
		body.put("expectedResults", description);
		body.put("startOn", start.toString());
		body.put("endOn", start.plusMonths(6).toString());
		body.put("timeShare", timeShare);
		List<Map<String, Object>> competencies = new ArrayList<>();
		competencies.add(Map.of("competencyId", competency.toString(), "level", 3));
		body.put("competencies", competencies);
		ApiClient manager = team.managerApi();
		ApiClient.Response created = manager.post("/api/v1/work-packages", TourFixtures.json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().path("id").asString());
		ApiClient.Response opened = TourFixtures.packageStatus(this.port, manager, id, "OPEN");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		return id;
	}

}
