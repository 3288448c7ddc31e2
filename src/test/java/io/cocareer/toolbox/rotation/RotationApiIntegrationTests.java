package io.cocareer.toolbox.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourFixtures;
import io.cocareer.tour.TourTeam;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotation planning over the API: a plan of a cohort on rotational packages, the lead's pins and
 * forbids, confirming (every tour proposed, each named on its pair), a stale plan refused with
 * what changed and nothing proposed, bad input as problem+json, and who may see and do what.
 * Each test hires its own teams and opens its own packages.
 */
@IntegrationTest
class RotationApiIntegrationTests {

	static final String API = "/api/v1/toolbox/rotation";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theLeadPlansPinsForbidsAndConfirmsAndEveryTourIsProposed() {
		TourTeam one = team();
		TourTeam two = team();
		UUID first = openPackage(one, 1);
		UUID second = openPackage(one, 1);
		JsonNode plan = create("Spring rotation", List.of(talent(one), talent(two)), List.of(first, second));
		assertThat(plan.path("status").asString()).isEqualTo("DRAFT");
		assertThat(plan.path("pairs")).hasSize(2);
		assertThat(plan.path("unplaced")).isEmpty();
		for (JsonNode pair : plan.path("pairs")) {
			assertThat(pair.path("score").asInt()).isBetween(1, 1000);
			assertThat(pair.path("explanation")).isNotEmpty();
			assertThat(pair.path("explanation").get(0).path("code").asString()).startsWith("tour.match.reason.");
		}
		String id = plan.path("id").asString();

		// pin one to the second package: the other goes to the first
		plan = rule(id, talent(one), second, "PIN", plan.path("version").asLong());
		assertThat(pairOf(plan, talent(one)).path("packageId").asString()).isEqualTo(second.toString());
		assertThat(pairOf(plan, talent(one)).path("pinned").asBoolean()).isTrue();
		assertThat(pairOf(plan, talent(two)).path("packageId").asString()).isEqualTo(first.toString());

		// forbid the other's only free seat: they are left without one, and why
		plan = rule(id, talent(two), first, "FORBID", plan.path("version").asLong());
		assertThat(plan.path("pairs")).hasSize(1);
		assertThat(plan.path("unplaced").get(0).path("personId").asString()).isEqualTo(talent(two).toString());
		assertThat(plan.path("unplaced").get(0).path("reason").asString()).isEqualTo("SEATS_TAKEN");
		assertThat(plan.path("rules")).hasSize(2);

		// take it back, and re-run
		plan = rule(id, talent(two), first, null, plan.path("version").asLong());
		assertThat(plan.path("pairs")).hasSize(2);
		ApiClient.Response rerun = lead().post(API + "/plans/" + id + "/run", version(plan));
		assertThat(rerun.status()).as(rerun.body()).isEqualTo(200);
		plan = rerun.json();

		ApiClient.Response confirmed = lead().post(API + "/plans/" + id + "/confirm", version(plan));
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		plan = confirmed.json();
		assertThat(plan.path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(plan.path("mayEdit").asBoolean()).isFalse();
		for (JsonNode pair : plan.path("pairs")) {
			String tour = pair.path("tourId").asString();
			assertThat(tour).isNotBlank();
			JsonNode seen = lead().get("/api/v1/tours/" + tour).json();
			assertThat(seen.path("state").asString()).isEqualTo("DRAFT");
			assertThat(seen.path("talent").path("id").asString()).isEqualTo(pair.path("personId").asString());
			assertThat(seen.path("workPackageId").asString()).isEqualTo(pair.path("packageId").asString());
		}
		// the talent now sees their tour on the tours' side, and still no plan
		String ownTour = pairOf(plan, talent(one)).path("tourId").asString();
		assertThat(one.talentApi().get("/api/v1/tours/" + ownTour).status()).isEqualTo(200);
		assertThat(one.talentApi().get(API + "/plans/" + id).status()).isEqualTo(404);

		// a confirmed plan changes no more
		ApiClient.Response again = lead().post(API + "/plans/" + id + "/confirm", version(plan));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("toolbox.rotation.confirmed");
		assertThat(lead().get(API + "/plans").json().toString()).contains(id);
	}

	@Test
	void aPlanWhosePackageFilledOrClosedSinceIsRefusedWithWhatChangedAndNothingIsProposed() {
		TourTeam one = team();
		TourTeam two = team();
		TourTeam three = team();
		UUID filling = openPackage(one, 1);
		UUID closing = openPackage(one, 1);
		JsonNode plan = create("Stale rotation", List.of(talent(one), talent(two)), List.of(filling, closing));
		assertThat(plan.path("pairs")).hasSize(2);
		String id = plan.path("id").asString();

		// meanwhile a tour of the first package is proposed outside the plan, and the second closes
		Map<String, Object> tour = new LinkedHashMap<>();
		tour.put("talentId", talent(three).toString());
		tour.put("workPackageId", filling.toString());
		ApiClient.Response proposed = lead().post("/api/v1/tours", TourFixtures.json(tour));
		assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
		ApiClient.Response closed = TourFixtures.packageStatus(this.port, lead(), closing, "CLOSED");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);

		ApiClient.Response refused = lead().post(API + "/plans/" + id + "/confirm", version(plan));
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("toolbox.rotation.stale");
		assertThat(refused.json().path("detail").asString()).contains("no longer open").contains("open seat");
		JsonNode after = lead().get(API + "/plans/" + id).json();
		assertThat(after.path("status").asString()).isEqualTo("DRAFT");
		assertThat(after.path("pairs").get(0).path("tourId").isNull()).isTrue();
		assertThat(toursOf(two)).isZero();

		// run again on today's seats: the closed package is no longer open, the filled one has no seat
		ApiClient.Response rerun = lead().post(API + "/plans/" + id + "/run", version(after));
		JsonNode fresh = rerun.json();
		assertThat(fresh.path("pairs")).isEmpty();
		assertThat(fresh.path("unplaced")).hasSize(2);
		assertThat(fresh.path("unplaced").get(0).path("reason").asString()).isEqualTo("NO_CANDIDATE");
		ApiClient.Response nothing = lead().post(API + "/plans/" + id + "/confirm", version(fresh));
		assertThat(nothing.code()).isEqualTo("toolbox.rotation.nothingToConfirm");
	}

	@Test
	void pinsThatCannotHoldAndBadInputAreRefusedAndNothingIsStored() {
		TourTeam one = team();
		TourTeam two = team();
		UUID pkg = openPackage(one, 1);
		UUID other = openPackage(one, 1);
		JsonNode plan = create("Pins", List.of(talent(one), talent(two)), List.of(pkg, other));
		String id = plan.path("id").asString();
		plan = rule(id, talent(one), pkg, "PIN", plan.path("version").asLong());
		ApiClient.Response tooMany = lead().post(API + "/plans/" + id + "/rules",
				ruleBody(talent(two), pkg, "PIN", plan.path("version").asLong()));
		assertThat(tooMany.status()).isEqualTo(409);
		assertThat(tooMany.code()).isEqualTo("toolbox.rotation.pinsInfeasible");
		assertThat(lead().get(API + "/plans/" + id).json().path("rules")).hasSize(1);

		ApiClient.Response stale = lead().post(API + "/plans/" + id + "/rules",
				ruleBody(talent(two), pkg, "FORBID", plan.path("version").asLong() - 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("shared.conflict.stale");

		ApiClient.Response unknown = lead().post(API + "/plans/" + id + "/rules",
				ruleBody(talent(two), UUID.randomUUID(), "FORBID", plan.path("version").asLong()));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.code()).isEqualTo("toolbox.rotation.rule.unknownPackage");

		ApiClient.Response empty = lead().post(API + "/plans",
				TourFixtures.json(Map.of("name", " ", "talentIds", List.of(), "packageIds", List.of())));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.code()).isEqualTo("toolbox.rotation.field.required");

		ApiClient.Response notOpen = lead().post(API + "/plans", TourFixtures.json(Map.of("name", "Closed",
				"talentIds", List.of(talent(one).toString()), "packageIds", List.of(UUID.randomUUID().toString()))));
		assertThat(notOpen.status()).isEqualTo(400);
		assertThat(notOpen.code()).isEqualTo("toolbox.rotation.packages.notOpen");

		ApiClient.Response nobody = lead().post(API + "/plans", TourFixtures.json(Map.of("name", "Nobody",
				"talentIds", List.of(UUID.randomUUID().toString()), "packageIds", List.of(pkg.toString()))));
		assertThat(nobody.code()).isEqualTo("toolbox.rotation.talents.unknown");

		ApiClient.Response garbled = lead().post(API + "/plans/" + id + "/run", "{\"version\": \"soon\"}");
		assertThat(garbled.status()).isEqualTo(400);
		assertThat(lead().get(API + "/plans/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void managersReadTheirReportsLinesOnlyTalentsAndOthersSeeNoPlan() {
		TourTeam one = team();
		TourTeam two = team();
		UUID pkg = openPackage(one, 2);
		JsonNode plan = create("Who sees what", List.of(talent(one), talent(two)), List.of(pkg));
		String id = plan.path("id").asString();

		ApiClient.Response asManager = one.managerApi().get(API + "/plans/" + id);
		assertThat(asManager.status()).as(asManager.body()).isEqualTo(200);
		JsonNode seen = asManager.json();
		assertThat(seen.path("pairs")).hasSize(1);
		assertThat(seen.path("pairs").get(0).path("personId").asString()).isEqualTo(talent(one).toString());
		assertThat(seen.path("hiddenTalents").asInt()).isEqualTo(1);
		assertThat(seen.path("mayEdit").asBoolean()).isFalse();
		assertThat(seen.toString()).doesNotContain(talent(two).toString());
		assertThat(one.managerApi().get(API + "/plans").json().toString()).contains(id);

		// the manager reads, and changes nothing
		ApiClient.Response confirm = one.managerApi().post(API + "/plans/" + id + "/confirm", version(plan));
		assertThat(confirm.status()).isEqualTo(403);
		ApiClient.Response pin = one.managerApi().post(API + "/plans/" + id + "/rules",
				ruleBody(talent(one), pkg, "PIN", plan.path("version").asLong()));
		assertThat(pin.status()).isEqualTo(403);
		assertThat(one.managerApi().get(API + "/candidates").status()).isEqualTo(403);
		assertThat(one.managerApi().post(API + "/plans", TourFixtures.json(Map.of("name", "Mine", "talentIds",
				List.of(talent(one).toString()), "packageIds", List.of(pkg.toString())))).status()).isEqualTo(403);

		// a manager without a report in the cohort, talents and administrators see nothing of it
		TourTeam stranger = team();
		assertThat(stranger.managerApi().get(API + "/plans/" + id).status()).isEqualTo(404);
		assertThat(stranger.managerApi().post(API + "/plans/" + id + "/confirm", version(plan)).status()).isEqualTo(404);
		assertThat(stranger.managerApi().get(API + "/plans").json().toString()).doesNotContain(id);
		assertThat(one.talentApi().get(API + "/plans/" + id).status()).isEqualTo(404);
		assertThat(one.talentApi().get(API + "/plans").status()).isEqualTo(403);
		assertThat(one.talentApi().post(API + "/plans/" + id + "/confirm", version(plan)).status()).isEqualTo(404);
		assertThat(ApiClient.as(this.port, "admin", "demo").get(API + "/plans/" + id).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).get(API + "/plans").status()).isEqualTo(401);
		assertThat(lead().get(API + "/plans/" + id).json().path("pairs")).hasSize(2);
	}

	@Test
	void theCandidatesAreThePoolAndTheOpenRotationalPackagesWithTheirSeats() {
		TourTeam one = team();
		UUID pkg = openPackage(one, 3);
		ApiClient.Response candidates = lead().get(API + "/candidates");
		assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
		JsonNode found = null;
		for (JsonNode p : candidates.json().path("packages")) {
			if (p.path("id").asString().equals(pkg.toString())) {
				found = p;
			}
		}
		assertThat(found).isNotNull();
		assertThat(found.path("seats").asInt()).isEqualTo(3);
		assertThat(found.path("held").asInt()).isZero();
		assertThat(candidates.json().path("talents")).isNotEmpty();
	}

	// ---- helpers -------------------------------------------------------------------------------

	private TourTeam team() {
		return TourTeam.hire(this.port, this.people, this.accounts);
	}

	private static UUID talent(TourTeam team) {
		return team.talent().personId();
	}

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	/** The lead opens a rotational package sponsored by the team's manager, asking for no competency. */
	private UUID openPackage(TourTeam team, int seats) {
		Map<String, Object> body = TourFixtures.aPackage(this.port, team.manager().employeeId());
		body.put("title", "Rotation " + Long.toString(System.nanoTime(), 36));
		body.put("tourType", "ROTATIONAL");
		body.put("timeShare", 20);
		body.put("seats", seats);
		body.put("startOn", LocalDate.now().plusMonths(2).toString());
		body.put("endOn", LocalDate.now().plusMonths(8).toString());
		body.put("competencies", List.of());
		ApiClient.Response created = lead().post("/api/v1/work-packages", TourFixtures.json(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().path("id").asString());
		ApiClient.Response opened = TourFixtures.packageStatus(this.port, lead(), id, "OPEN");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		return id;
	}

	private JsonNode create(String name, List<UUID> talents, List<UUID> packages) {
		ApiClient.Response created = lead().post(API + "/plans", TourFixtures.json(Map.of("name", name, "talentIds",
				talents.stream().map(UUID::toString).toList(), "packageIds", packages.stream().map(UUID::toString).toList())));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private JsonNode rule(String id, UUID person, UUID pkg, String kind, long version) {
		ApiClient.Response ruled = lead().post(API + "/plans/" + id + "/rules", ruleBody(person, pkg, kind, version));
		assertThat(ruled.status()).as(ruled.body()).isEqualTo(200);
		return ruled.json();
	}

	private static String ruleBody(UUID person, UUID pkg, String kind, long version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("personId", person.toString());
		body.put("packageId", pkg.toString());
		body.put("kind", kind);
		body.put("version", version);
		return TourFixtures.json(body);
	}

	private static String version(JsonNode plan) {
		return TourFixtures.json(Map.of("version", plan.path("version").asLong()));
	}

	private static JsonNode pairOf(JsonNode plan, UUID person) {
		for (JsonNode pair : plan.path("pairs")) {
			if (pair.path("personId").asString().equals(person.toString())) {
				return pair;
			}
		}
		throw new AssertionError("No pair of " + person + " in " + plan);
	}

	private int toursOf(TourTeam team) {
		List<String> ids = new ArrayList<>();
		lead().get("/api/v1/tours").json().forEach((t) -> {
			if (t.path("talentId").asString().equals(team.talent().personId().toString())) {
				ids.add(t.path("id").asString());
			}
		});
		return ids.size();
	}

}
