package io.cocareer.network.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.network.map.NetworkService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.UnitView;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.pool.TalentPoolService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review across talents over the API: the talent lead's alone, and no figure, filter or pair
 * of figures reveals a group of 1 to k−1 talents. The tests build their own units (of 7, 6, 5 and
 * 3 talents with maps) and then try every subtraction the API allows: the whole organisation
 * against each unit and each reason, a unit against its reasons, a total against its bands.
 */
@IntegrationTest
class NetworkReviewApiIntegrationTests {

	private static final int K = 5;

	private static World world;

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	TalentPoolService pool;

	@Autowired
	NetworkService network;

	record World(UUID seven, UUID six, UUID five, UUID three, UUID mentorUnit, String mentorName) {

	}

	/** Units of 7 (4 with external developers), 6, 5 and 3 talents; 12 of them name the same mentor. */
	private synchronized World world() {
		if (world == null) {
			ReviewWorld builder = new ReviewWorld(this.people, this.pool, this.network);
			UUID mentorUnit = builder.unit("Review mentors");
			UUID mentor = builder.person(mentorUnit);
			String mentorName = this.people.profile(PeopleTestActors.HR, mentor).person().fullName();
			UUID seven = builder.unit("Review seven");
			UUID six = builder.unit("Review six");
			UUID five = builder.unit("Review five");
			UUID three = builder.unit("Review three");
			builder.talents(4, seven, DesignationReason.LONG_TERM_POTENTIAL, 3, mentor);
			builder.talents(3, seven, DesignationReason.IMMEDIATE_CONTRIBUTION, 0, mentor);
			builder.talents(5, six, DesignationReason.LONG_TERM_POTENTIAL, 2, mentor);
			builder.talents(1, six, DesignationReason.IMMEDIATE_CONTRIBUTION, 4);
			builder.talents(5, five, DesignationReason.IMMEDIATE_CONTRIBUTION, 5);
			builder.talents(3, three, DesignationReason.LONG_TERM_POTENTIAL, 1);
			world = new World(seven, six, five, three, mentorUnit, mentorName);
		}
		return world;
	}

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	@Test
	void onlyTheTalentLeadReadsTheReview() {
		world();
		assertThat(lead().get("/api/v1/networks/review").status()).isEqualTo(200);
		for (String other : List.of("manager", "talent", "alumnus", "admin")) {
			ApiClient.Response refused = ApiClient.as(this.port, other, "demo").get("/api/v1/networks/review");
			assertThat(refused.status()).as(other).isEqualTo(403);
			assertThat(refused.contentType()).as(other).contains("application/problem+json");
			assertThat(ApiClient.as(this.port, other, "demo").get("/api/v1/networks/review/export.csv").status()).as(other)
				.isEqualTo(403);
		}
		assertThat(ApiClient.anonymous(this.port).get("/api/v1/networks/review").status()).isEqualTo(401);
	}

	@Test
	void aUnitOfFewerThanKTalentsShowsNothingButThat() {
		JsonNode three = lead().get("/api/v1/networks/review?unitId=" + world().three()).json();

		assertThat(three.path("shown").asBoolean()).isFalse();
		assertThat(three.path("whyNotShown").asString()).isEqualTo("tooFew");
		assertThat(three.path("talents").isNull()).isTrue();
		assertThat(three.path("figures")).isEmpty();
		assertThat(three.path("missingBridges")).isEmpty();
		assertThat(three.path("minGroupSize").asInt()).isEqualTo(K);
	}

	@Test
	void aUnitOfSevenShowsItsTalentsButNotTheThreeWithoutAnExternalDeveloper() {
		JsonNode seven = lead().get("/api/v1/networks/review?unitId=" + world().seven()).json();

		assertThat(seven.path("shown").asBoolean()).isTrue();
		assertThat(seven.path("talents").asLong()).isEqualTo(7);
		JsonNode reach = figure(seven, "externalReach");
		// 4 with, 3 without: the 3 is hidden, and the 4 with it (7 − 4 would give 3)
		assertThat(reach.path("bands").get(0).path("talents").isNull()).isTrue();
		assertThat(reach.path("bands").get(1).path("talents").isNull()).isTrue();
		// every talent of the unit names a mentor of the mentors' unit: shown, 7
		assertThat(band(figure(seven, "arena.CURRENT_EMPLOYER"), "reached")).isEqualTo(7L);
	}

	@Test
	void theOneMentorNamedByTwelveTalentsIsCountedAndNeverNamed() {
		World w = world();
		ApiClient.Response whole = lead().get("/api/v1/networks/review");
		JsonNode review = whole.json();

		assertThat(review.path("heavyMentors").asInt()).isPositive();
		assertThat(band(figure(review, "concentration"), "reached")).isNotNull().isGreaterThanOrEqualTo(12L);
		assertThat(whole.body()).doesNotContain(w.mentorName());
		assertThat(lead().get("/api/v1/networks/review/export.csv").body()).doesNotContain(w.mentorName());
	}

	@Test
	void unitsOfKOrMoreWhereNoTalentNamesAnyoneOfTheOtherAreMissingBridges() {
		World w = world();
		JsonNode seven = lead().get("/api/v1/networks/review?unitId=" + w.seven()).json();
		List<String> pairs = new ArrayList<>();
		seven.path("missingBridges").forEach((b) -> pairs.add(b.path("oneUnitId").asString() + "+" + b.path("otherUnitId").asString()));

		// the seven and the six name no one of each other; the three are too few to be judged
		assertThat(pairs).anyMatch((p) -> p.contains(w.seven().toString()) && p.contains(w.six().toString()));
		assertThat(pairs).noneMatch((p) -> p.contains(w.three().toString()));
		assertThat(pairs).allMatch((p) -> p.contains(w.seven().toString()));
	}

	@Test
	void anUnknownUnitIsAProblemAndAnUnknownReasonABadRequest() {
		ApiClient.Response unknown = lead().get("/api/v1/networks/review?unitId=" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).contains("application/problem+json");
		assertThat(unknown.json().path("code").asString()).isEqualTo("network.review.unitNotFound");

		assertThat(lead().get("/api/v1/networks/review?reason=NOT_A_REASON").status()).isEqualTo(400);
		assertThat(lead().get("/api/v1/networks/review?unitId=not-a-uuid").status()).isEqualTo(400);
	}

	@Test
	void theCsvHidesWhatTheApiHides() {
		World w = world();
		JsonNode seven = lead().get("/api/v1/networks/review?unitId=" + w.seven()).json();
		String csv = lead().get("/api/v1/networks/review/export.csv?unitId=" + w.seven()).body();

		assertThat(csv).contains("talents,all,7").contains("externalReach,reached,hidden")
			.contains("externalReach,notReached,hidden");
		assertThat(figure(seven, "size").path("bands")).isNotEmpty();
		assertThat(lead().get("/api/v1/networks/review/export.csv?unitId=" + w.three()).body()).contains("tooFew")
			.doesNotContain("size,");
	}

	/**
	 * Every subtraction the API allows: each view against the whole organisation and its parents,
	 * the parents against the sum of their shown children, each total against its bands. No
	 * difference is a group of 1 to k−1 talents.
	 */
	@Test
	void noSubtractionOfTwoFiguresThroughAnyFilterRevealsAGroupBelowK() {
		world();
		ApiClient lead = lead();
		List<UUID> units = this.people.units(PeopleTestActors.HR).stream().map(UnitView::id).toList();
		List<String> reasons = List.of("LONG_TERM_POTENTIAL", "IMMEDIATE_CONTRIBUTION");
		Map<String, Map<String, Long>> views = new HashMap<>();
		views.put("", counts(lead, ""));
		for (String reason : reasons) {
			views.put("r" + reason, counts(lead, "?reason=" + reason));
		}
		for (UUID unit : units) {
			views.put("u" + unit, counts(lead, "?unitId=" + unit));
			for (String reason : reasons) {
				views.put("u" + unit + "r" + reason, counts(lead, "?unitId=" + unit + "&reason=" + reason));
			}
		}
		int attempts = 0;
		for (Map.Entry<String, Map<String, Long>> view : views.entrySet()) {
			attempts += assertBandsAgainstTotal(view.getKey(), view.getValue());
		}
		// the whole organisation against each unit, each reason, and all of them together
		attempts += assertParentAndChildren("whole by unit", views.get(""), units.stream().map((u) -> views.get("u" + u)).toList());
		attempts += assertParentAndChildren("whole by reason", views.get(""), reasons.stream().map((r) -> views.get("r" + r)).toList());
		for (UUID unit : units) {
			attempts += assertParentAndChildren("unit by reason", views.get("u" + unit),
					reasons.stream().map((r) -> views.get("u" + unit + "r" + r)).toList());
		}
		for (String reason : reasons) {
			attempts += assertParentAndChildren("reason by unit", views.get("r" + reason),
					units.stream().map((u) -> views.get("u" + u + "r" + reason)).toList());
		}
		// the tests' own units alone are views of 7, 6 and 5, and 3 hidden: the whole minus the shown ones was tried
		assertThat(attempts).isGreaterThan(100);
		assertThat(views.get("u" + world().seven()).get("talents")).isEqualTo(7L);
		assertThat(views.get("u" + world().three())).isEmpty();
	}

	/** Within a view: every shown count, and the total minus each shown band and minus all of them. */
	private static int assertBandsAgainstTotal(String view, Map<String, Long> counts) {
		int attempts = 0;
		Long total = counts.get("talents");
		Map<String, Long> shownSum = new HashMap<>();
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			assertNotSmall(view + " " + count.getKey(), count.getValue());
			if (total != null && !count.getKey().equals("talents")) {
				assertNotSmall(view + " talents minus " + count.getKey(), total - count.getValue());
				shownSum.merge(count.getKey().substring(0, count.getKey().indexOf('/')), count.getValue(), Long::sum);
				attempts++;
			}
		}
		for (Map.Entry<String, Long> sum : shownSum.entrySet()) {
			assertNotSmall(view + " talents minus the shown bands of " + sum.getKey(), total - sum.getValue());
			attempts++;
		}
		return attempts;
	}

	/** A parent view against each child and against the sum of its shown children, band by band. */
	private static int assertParentAndChildren(String what, Map<String, Long> parent, List<Map<String, Long>> children) {
		int attempts = 0;
		Map<String, Long> sums = new HashMap<>();
		for (Map<String, Long> child : children) {
			for (Map.Entry<String, Long> count : child.entrySet()) {
				Long whole = parent.get(count.getKey());
				if (whole != null) {
					assertNotSmall(what + ": " + count.getKey() + " of the parent minus a child's", whole - count.getValue());
					attempts++;
				}
				sums.merge(count.getKey(), count.getValue(), Long::sum);
			}
		}
		for (Map.Entry<String, Long> whole : parent.entrySet()) {
			long shown = sums.getOrDefault(whole.getKey(), 0L);
			assertNotSmall(what + ": " + whole.getKey() + " of the parent minus its shown children", whole.getValue() - shown);
			attempts++;
		}
		return attempts;
	}

	private static void assertNotSmall(String what, long talents) {
		assertThat(talents).as(what).satisfiesAnyOf((t) -> assertThat(t).isZero(),
				(t) -> assertThat(t).isGreaterThanOrEqualTo(K));
	}

	/** The shown counts of a view: {@code talents} and {@code figure/band}; empty when nothing is shown. */
	private static Map<String, Long> counts(ApiClient lead, String query) {
		ApiClient.Response response = lead.get("/api/v1/networks/review" + query);
		assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(200);
		JsonNode review = response.json();
		Map<String, Long> counts = new HashMap<>();
		if (!review.path("shown").asBoolean()) {
			assertThat(review.path("figures")).isEmpty();
			return counts;
		}
		counts.put("talents", review.path("talents").asLong());
		review.path("figures").forEach((figure) -> figure.path("bands").forEach((band) -> {
			if (!band.path("talents").isNull()) {
				counts.put(figure.path("key").asString() + "/" + band.path("key").asString(), band.path("talents").asLong());
			}
		}));
		return counts;
	}

	static JsonNode figure(JsonNode review, String key) {
		for (JsonNode figure : review.path("figures")) {
			if (figure.path("key").asString().equals(key)) {
				return figure;
			}
		}
		throw new AssertionError("No figure " + key + " in " + review);
	}

	static Long band(JsonNode figure, String key) {
		for (JsonNode band : figure.path("bands")) {
			if (band.path("key").asString().equals(key)) {
				return band.path("talents").isNull() ? null : band.path("talents").asLong();
			}
		}
		throw new AssertionError("No band " + key + " in " + figure);
	}

}
