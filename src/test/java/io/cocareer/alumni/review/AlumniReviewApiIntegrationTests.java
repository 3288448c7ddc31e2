package io.cocareer.alumni.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.people.PeopleService;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review across alumni over the API: the talent lead's alone, the period's figures with
 * worked numbers ({@link AlumniReviewWorld}'s 1996), bad dates as problems, and no count nor pair
 * of counts that reveals a group of 1 to k−1 people, over several periods.
 */
@IntegrationTest
class AlumniReviewApiIntegrationTests {

	private static final int K = 5;

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AlumniRegister register;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@BeforeEach
	void world() {
		AlumniReviewWorld.ensure(this.people, this.register, this.events, this.transactions, this.clock);
	}

	private ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	@Test
	void onlyTheTalentLeadReadsTheReview() {
		assertThat(lead().get("/api/v1/alumni/review").status()).isEqualTo(200);
		for (String other : List.of("manager", "talent", "alumnus", "admin")) {
			ApiClient.Response refused = ApiClient.as(this.port, other, "demo").get("/api/v1/alumni/review");
			assertThat(refused.status()).as(other).isIn(403, 404);
			assertThat(refused.contentType()).as(other).contains("application/problem+json");
			assertThat(refused.body()).as(other).doesNotContain("boomerangs", "tiers");
		}
		assertThat(ApiClient.anonymous(this.port).get("/api/v1/alumni/review").status()).isEqualTo(401);
	}

	@Test
	void thePeriodsFiguresWithWorkedNumbers() {
		JsonNode review = lead().get("/api/v1/alumni/review" + AlumniReviewWorld.PERIOD).json();

		assertThat(review.path("from").asString()).isEqualTo("1996-01-01");
		assertThat(review.path("to").asString()).isEqualTo("1996-12-31");
		assertThat(review.path("minGroupSize").asInt()).isEqualTo(K);
		JsonNode boomerangs = review.path("boomerangs");
		// 5 rehires of 50 hires: 10.0 %
		assertThat(boomerangs.path("hires").asLong()).isEqualTo(50);
		assertThat(boomerangs.path("rehires").asLong()).isEqualTo(5);
		assertThat(boomerangs.path("rate").path("percent").asDouble()).isEqualTo(10.0);
		// away 6, 9, 11, 14, 18 months: the median is 11
		assertThat(boomerangs.path("timeAwayMonths").path("value").asDouble()).isEqualTo(11.0);
		// 5 referred by alumni, hired: 5 of 50 hires
		JsonNode referrals = review.path("referrals");
		assertThat(referrals.path("hires").asLong()).isEqualTo(5);
		assertThat(referrals.path("hireRate").path("percent").asDouble()).isEqualTo(10.0);
		assertThat(referrals.path("count").asLong()).isEqualTo(5);
		assertThat(review.path("engagement").path("engaged").asLong()).isEqualTo(10);
		assertThat(review.path("collaborations").path("count").asLong()).isZero();
		// the interviews' reasons: 12 growth shown, the 3 relocations hidden and the 6 pay with them
		List<String> reasons = new ArrayList<>();
		review.path("exitInterviewReasons").path("parts").forEach((p) -> reasons.add(p.path("key").asString()));
		assertThat(reasons).contains("rv-growth").doesNotContain("rv-relocation");
		assertThat(review.path("exitInterviewReasons").path("leftOut").asBoolean()).isTrue();
		assertThat(review.toString()).doesNotContain("Alumna", "@example.org", "personId");
	}

	@Test
	void aPeriodWithFewerThanKHiresSaysSoInsteadOfARate() {
		JsonNode review = lead().get("/api/v1/alumni/review?from=1996-03-01&to=1996-03-31").json();

		// 45 hires on 1996-03-01 and one return on 1996-03-31: the one rehire is hidden, the rate with it
		assertThat(review.path("boomerangs").path("hires").asLong()).isEqualTo(46);
		assertThat(review.path("boomerangs").path("rehires").isNull()).isTrue();
		assertThat(review.path("boomerangs").path("rate").path("hidden").asString()).isEqualTo("smallPart");
		assertThat(review.path("boomerangs").path("timeAwayMonths").path("hidden").asString()).isEqualTo("tooFew");
		JsonNode quiet = lead().get("/api/v1/alumni/review?from=1993-01-01&to=1993-12-31").json();
		assertThat(quiet.path("boomerangs").path("rate").path("hidden").asString()).isEqualTo("tooFew");
		assertThat(quiet.path("boomerangs").path("hires").asLong()).isZero();
	}

	@Test
	void badDatesAreProblemsNamingTheField() {
		ApiClient.Response garbled = lead().get("/api/v1/alumni/review?from=yesterday");
		assertThat(garbled.status()).isEqualTo(400);
		assertThat(garbled.contentType()).contains("application/problem+json");
		assertThat(garbled.json().path("errors").get(0).path("field").asString()).isEqualTo("from");

		ApiClient.Response backwards = lead().get("/api/v1/alumni/review?from=1996-12-31&to=1996-01-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.code()).isEqualTo("alumni.review.period.order");
		assertThat(backwards.json().path("errors").get(0).path("field").asString()).isEqualTo("from");

		String tomorrow = LocalDate.now(this.clock).plusDays(1).toString();
		ApiClient.Response future = lead().get("/api/v1/alumni/review?to=" + tomorrow);
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.code()).isEqualTo("alumni.review.period.future");
		assertThat(lead().get("/api/v1/alumni/review?to=1996-13-45").status()).isEqualTo(400);
		assertThat(lead().get("/api/v1/alumni/review?from=+999999999-01-01").status()).isEqualTo(400);
	}

	@Test
	void withoutAPeriodTheReviewCoversTheLastTwelveMonths() {
		JsonNode review = lead().get("/api/v1/alumni/review").json();
		LocalDate today = LocalDate.now(this.clock);

		assertThat(review.path("to").asString()).isEqualTo(today.toString());
		assertThat(review.path("from").asString()).isEqualTo(today.minusYears(1).plusDays(1).toString());
		JsonNode from = lead().get("/api/v1/alumni/review?to=1996-12-31").json();
		assertThat(from.path("from").asString()).isEqualTo("1996-01-01");
	}

	/**
	 * Every subtraction the API allows, over several periods: each breakdown's total against each
	 * shown part and against all of them, the alumni against those we may contact and those who
	 * collaborated or referred, those we may contact against the engaged, the hires against the
	 * rehires and the referred, the referrals against their hires, and one period's alumni figures
	 * against another's. No difference is a group of 1 to k−1 people.
	 */
	@Test
	void noSubtractionOfTwoCountsRevealsAGroupBelowK() {
		ApiClient lead = lead();
		List<String> periods = List.of("", AlumniReviewWorld.PERIOD, "?from=1996-03-01&to=1996-03-31",
				"?from=1900-01-01", "?from=1996-01-01&to=1996-06-30", "?from=1995-06-30&to=1996-01-15");
		int attempts = 0;
		List<Map<String, Long>> alumniFigures = new ArrayList<>();
		for (String period : periods) {
			ApiClient.Response response = lead.get("/api/v1/alumni/review" + period);
			assertThat(response.status()).as(period).isEqualTo(200);
			JsonNode review = response.json();
			for (String breakdown : List.of("tiers", "exitReasonKinds", "exitInterviewReasons")) {
				JsonNode b = review.path(breakdown);
				List<Long> parts = new ArrayList<>();
				b.path("parts").forEach((p) -> parts.add(count(p.path("count"))));
				attempts += assertSafe(period + " " + breakdown, count(b.path("total")), parts);
			}
			Long alumni = count(review.path("alumni"));
			JsonNode engagement = review.path("engagement");
			JsonNode boomerangs = review.path("boomerangs");
			JsonNode referrals = review.path("referrals");
			attempts += assertSafe(period + " contactable", alumni, parts(engagement.path("contactable")));
			attempts += assertSafe(period + " engaged", count(engagement.path("contactable")), parts(engagement.path("engaged")));
			attempts += assertSafe(period + " collaborating", alumni, parts(review.path("collaborations").path("alumni")));
			attempts += assertSafe(period + " referring", alumni, parts(referrals.path("alumni")));
			attempts += assertSafe(period + " rehires", count(boomerangs.path("hires")), parts(boomerangs.path("rehires")));
			attempts += assertSafe(period + " referral hires", count(boomerangs.path("hires")), parts(referrals.path("hires")));
			attempts += assertSafe(period + " referred", count(referrals.path("count")), parts(referrals.path("hires")));
			for (JsonNode rate : List.of(engagement.path("rate"), boomerangs.path("rate"), boomerangs.path("conversion"),
					boomerangs.path("retention"), referrals.path("hireRate"))) {
				if (!rate.path("percent").isNull()) {
					assertNotSmall(period + " rate numerator", rate.path("numerator").asLong());
					assertThat(rate.path("denominator").asLong()).isGreaterThanOrEqualTo(K);
					assertNotSmall(period + " rate complement",
							rate.path("denominator").asLong() - rate.path("numerator").asLong());
				}
			}
			Map<String, Long> figures = new HashMap<>();
			figures.put("alumni", alumni);
			figures.put("contactable", count(engagement.path("contactable")));
			review.path("tiers").path("parts").forEach((p) -> figures.put("tier " + p.path("key").asString(), count(p.path("count"))));
			review.path("exitInterviewReasons").path("parts")
				.forEach((p) -> figures.put("interview " + p.path("key").asString(), count(p.path("count"))));
			alumniFigures.add(figures);
		}
		// the alumni themselves are counted whatever the period: one period against another gives 0
		for (Map<String, Long> other : alumniFigures) {
			for (Map.Entry<String, Long> figure : alumniFigures.get(0).entrySet()) {
				if (figure.getValue() != null && other.get(figure.getKey()) != null) {
					assertNotSmall("another period's " + figure.getKey(), figure.getValue() - other.get(figure.getKey()));
					attempts++;
				}
			}
		}
		assertThat(attempts).isGreaterThan(50);
	}

	private static int assertSafe(String what, Long total, List<Long> parts) {
		int attempts = 0;
		long shown = 0;
		for (Long part : parts) {
			if (part == null) {
				continue;
			}
			assertNotSmall(what + " part", part);
			shown += part;
			if (total != null) {
				assertNotSmall(what + " total minus a part", total - part);
				attempts++;
			}
		}
		if (total != null) {
			assertNotSmall(what + " total", total);
			assertNotSmall(what + " total minus the shown parts", total - shown);
			attempts++;
		}
		return attempts;
	}

	private static List<Long> parts(JsonNode count) {
		List<Long> parts = new ArrayList<>();
		parts.add(count(count));
		return parts;
	}

	private static Long count(JsonNode node) {
		return (node.isNull() || node.isMissingNode()) ? null : node.asLong();
	}

	private static void assertNotSmall(String what, long people) {
		assertThat(people).as(what).satisfiesAnyOf((p) -> assertThat(p).isZero(),
				(p) -> assertThat(p).isGreaterThanOrEqualTo(K));
	}

}
