package io.cocareer.alumni.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.review.AlumniReview;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review's figures with worked numbers (DOMAIN.md §4.3), and the groups of 1 to k−1 people
 * they hide, alone or by subtraction.
 */
class AlumniReviewCalculatorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	private static final LocalDate FROM = TODAY.minusMonths(12);

	private static final AlumniReviewCalculator CALCULATOR = new AlumniReviewCalculator(5);

	private static final AlumniReviewCalculator.Hires NO_HIRES = new AlumniReviewCalculator.Hires(0, 0);

	@Test
	void theBoomerangRateIsRehiresOverHiresInPerCent() {
		AlumniReview review = review(alumni(20), new AlumniReviewCalculator.Hires(50, 5));

		// 5 rehires of 50 hires = 10.0 %
		assertThat(review.boomerangRate()).isEqualTo(new AlumniReview.Rate(5L, 50L, 10.0, null));
		assertThat(review.hires()).isEqualTo(50);
		assertThat(review.rehires()).isEqualTo(5);
		// 6 of 40 = 15.0 %
		assertThat(review(alumni(20), new AlumniReviewCalculator.Hires(40, 6)).boomerangRate().percent()).isEqualTo(15.0);
	}

	@Test
	void fourRehiresOfFortyHiresAreTenPerCentButAGroupOfFourIsNotShown() {
		AlumniReview review = review(alumni(20), new AlumniReviewCalculator.Hires(40, 4));

		// 4 / 40 = 10.0 %, but the rate times the hires shown would give the 4: hidden with them
		assertThat(review.rehires()).isNull();
		assertThat(review.boomerangRate()).isEqualTo(new AlumniReview.Rate(null, null, null, AlumniReview.SMALL_PART));
		// and the 36 others are hidden with them, or 40 − 36 would give the 4
		assertThat(review.hires()).isEqualTo(40);
		assertThat(new AlumniReviewCalculator(2).review(alumni(20), new AlumniReviewCalculator.Hires(40, 4), FROM, TODAY,
				TODAY).boomerangRate().percent()).isEqualTo(10.0);
	}

	@Test
	void boomerangConversionIsRehiresOverAlumni() {
		// 6 rehires, 24 alumni: 25.0 %
		AlumniReview review = review(alumni(24), new AlumniReviewCalculator.Hires(60, 6));

		assertThat(review.boomerangConversion()).isEqualTo(new AlumniReview.Rate(6L, 24L, 25.0, null));
	}

	@Test
	void theMedianTimeAwayIsInWholeMonthsBetweenLeavingAndReturn() {
		List<AlumniReviewCalculator.Alumnus> alumni = alumni(15);
		// away 6, 9, 11, 14 and 30 months, returned in the period: the median is 11
		alumni.add(boomerang(date(2024, 1, 10), date(2026, 1, 10)).away(6).build());
		alumni.add(boomerang(date(2024, 1, 10), date(2026, 2, 10)).away(9).build());
		alumni.add(boomerang(date(2024, 1, 10), date(2026, 3, 10)).away(11).build());
		alumni.add(boomerang(date(2024, 1, 10), date(2026, 4, 10)).away(14).build());
		alumni.add(boomerang(date(2024, 1, 10), date(2026, 5, 10)).away(30).build());

		assertThat(review(alumni, NO_HIRES).timeAwayMonths()).isEqualTo(new AlumniReview.Average(11.0, null));

		// a sixth, away 20 months (left 2024-09-30, back 2026-06-01: 20 months and 2 days): (11 + 14) / 2
		alumni.add(new Builder().left(date(2024, 9, 30)).rehired(date(2026, 6, 1)).build());
		assertThat(review(alumni, NO_HIRES).timeAwayMonths().value()).isEqualTo(12.5);
	}

	@Test
	void aBoomerangWhoReturnedBeforeThePeriodIsNotInItsTimeAway() {
		List<AlumniReviewCalculator.Alumnus> alumni = alumni(15);
		for (int i = 0; i < 4; i++) {
			alumni.add(boomerang(date(2024, 1, 10), date(2026, 1, 10)).build());
		}
		alumni.add(boomerang(date(2023, 1, 10), FROM.minusDays(1)).build());

		assertThat(review(alumni, NO_HIRES).timeAwayMonths())
			.isEqualTo(new AlumniReview.Average(null, AlumniReview.TOO_FEW));
	}

	@Test
	void thePerformanceDeltaIsTheMeanOfReturnMinusPriorRating() {
		List<AlumniReviewCalculator.Alumnus> alumni = alumni(15);
		// +1, 0, +2, −1, +2: 4 / 5 = 0.8
		int[][] ratings = { { 3, 4 }, { 4, 4 }, { 2, 4 }, { 5, 4 }, { 3, 5 } };
		for (int[] r : ratings) {
			alumni.add(boomerang(date(2023, 1, 10), date(2024, 3, 1)).ratings(r[0], r[1]).build());
		}
		// a boomerang with no rating after return yet counts in neither
		alumni.add(boomerang(date(2023, 1, 10), date(2024, 3, 1)).ratings(1, null).build());

		assertThat(review(alumni, NO_HIRES).performanceDelta()).isEqualTo(new AlumniReview.Average(0.8, null));

		alumni.remove(alumni.size() - 2);
		assertThat(review(alumni, NO_HIRES).performanceDelta())
			.isEqualTo(new AlumniReview.Average(null, AlumniReview.TOO_FEW));
	}

	@Test
	void secondTenureRetentionCountsBoomerangsBackAYearAgoStillHereAYearAfterTheirReturn() {
		List<AlumniReviewCalculator.Alumnus> alumni = alumni(15);
		LocalDate back = date(2025, 3, 1);
		for (int i = 0; i < 6; i++) {
			alumni.add(boomerang(date(2024, 1, 1), back).build());
		}
		alumni.add(boomerang(date(2024, 1, 1), back).leftAgain(back.plusMonths(12)).build());
		for (int i = 0; i < 5; i++) {
			alumni.add(boomerang(date(2024, 1, 1), back).leftAgain(back.plusMonths(11)).build());
		}
		// back for less than 12 months: not yet in the cohort
		alumni.add(boomerang(date(2024, 1, 1), TODAY.minusMonths(11)).build());

		// 7 of 12 stayed a year (one left on the day): 58.3 %
		AlumniReview review = review(alumni, NO_HIRES);
		assertThat(review.secondTenures()).isEqualTo(12);
		assertThat(review.retention()).isEqualTo(new AlumniReview.Rate(7L, 12L, 58.3, null));
	}

	@Test
	void retentionWhereFewerThanKLeftAgainIsHidden() {
		List<AlumniReviewCalculator.Alumnus> alumni = alumni(15);
		for (int i = 0; i < 8; i++) {
			alumni.add(boomerang(date(2024, 1, 1), date(2025, 1, 1)).build());
		}
		alumni.add(boomerang(date(2024, 1, 1), date(2025, 1, 1)).leftAgain(date(2025, 6, 1)).build());

		assertThat(review(alumni, NO_HIRES).retention())
			.isEqualTo(new AlumniReview.Rate(null, null, null, AlumniReview.SMALL_PART));
	}

	@Test
	void engagementIsContactableAlumniWithAnInteractionOverContactableAlumni() {
		List<AlumniReviewCalculator.Alumnus> alumni = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			alumni.add(new Builder().interactions(2).build());
		}
		for (int i = 0; i < 6; i++) {
			alumni.add(new Builder().build());
		}
		for (int i = 0; i < 8; i++) {
			alumni.add(new Builder().contactable(false).build());
		}

		AlumniReview review = review(alumni, NO_HIRES);
		assertThat(review.alumni()).isEqualTo(20);
		assertThat(review.contactable()).isEqualTo(12);
		assertThat(review.engaged()).isEqualTo(6);
		assertThat(review.engagementRate()).isEqualTo(new AlumniReview.Rate(6L, 12L, 50.0, null));
	}

	@Test
	void engagementWhereFewerThanKContactableAlumniStayedQuietIsHidden() {
		List<AlumniReviewCalculator.Alumnus> alumni = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			alumni.add(new Builder().interactions(1).build());
		}
		for (int i = 0; i < 3; i++) {
			alumni.add(new Builder().build());
		}
		for (int i = 0; i < 10; i++) {
			alumni.add(new Builder().contactable(false).build());
		}

		AlumniReview review = review(alumni, NO_HIRES);
		assertThat(review.contactable()).isEqualTo(10);
		assertThat(review.engaged()).isNull();
		assertThat(review.engagementRate().hidden()).isEqualTo(AlumniReview.SMALL_PART);
	}

	@Test
	void tiersHideAGroupOfThreeAndTheSmallestOtherSoThatTheTotalGivesNeitherAway() {
		List<AlumniReviewCalculator.Alumnus> alumni = new ArrayList<>();
		add(alumni, 10, new Builder().tier(AlumniTier.ELIGIBLE));
		add(alumni, 6, new Builder().tier(AlumniTier.CONNECTED));
		add(alumni, 3, new Builder().tier(AlumniTier.ENGAGED));

		AlumniReview.Breakdown tiers = review(alumni, NO_HIRES).tiers();
		assertThat(tiers.total()).isEqualTo(19);
		assertThat(tiers.parts()).containsExactly(new AlumniReview.Part("ELIGIBLE", 10L),
				new AlumniReview.Part("CONNECTED", null), new AlumniReview.Part("ENGAGED", null),
				new AlumniReview.Part("DISTINGUISHED", 0L));
	}

	@Test
	void collaborationsAndReferralsAreShownWithTheAlumniBehindThem() {
		List<AlumniReviewCalculator.Alumnus> alumni = new ArrayList<>();
		add(alumni, 5, new Builder().collaborations(2, 150_000_00L));
		add(alumni, 6, new Builder().referrals(2, 1));
		add(alumni, 9, new Builder());

		AlumniReview review = review(alumni, new AlumniReviewCalculator.Hires(60, 0));
		assertThat(review.collaboratingAlumni()).isEqualTo(5);
		assertThat(review.collaborations()).isEqualTo(10);
		assertThat(review.collaborationValueCents()).isEqualTo(5 * 150_000_00L);
		assertThat(review.referringAlumni()).isEqualTo(6);
		assertThat(review.referrals()).isEqualTo(12);
		// 6 of the 12 referred were hired; 6 of 60 hires: 10.0 %
		assertThat(review.referralHires()).isEqualTo(6);
		assertThat(review.referralHireRate()).isEqualTo(new AlumniReview.Rate(6L, 60L, 10.0, null));

		List<AlumniReviewCalculator.Alumnus> few = new ArrayList<>();
		add(few, 2, new Builder().collaborations(1, 99_00L));
		add(few, 20, new Builder());
		AlumniReview small = review(few, NO_HIRES);
		assertThat(small.collaboratingAlumni()).isNull();
		assertThat(small.collaborations()).isNull();
		assertThat(small.collaborationValueCents()).isNull();
	}

	@Test
	void exitInterviewReasonsListOnlyTheReasonsShownAndSayOthersWereLeftOut() {
		List<AlumniReviewCalculator.Alumnus> alumni = new ArrayList<>();
		add(alumni, 6, new Builder().interview("pay"));
		add(alumni, 7, new Builder().interview("growth"));
		add(alumni, 2, new Builder().interview("relocation"));
		add(alumni, 10, new Builder());

		AlumniReview.Breakdown reasons = review(alumni, NO_HIRES).interviewReasons();
		// relocation (2) is hidden, and pay (6) with it, or 25 − 7 − 10 − 6 would give the 2
		assertThat(reasons.parts()).containsExactly(new AlumniReview.Part("growth", 7L),
				new AlumniReview.Part(AlumniReviewCalculator.NO_INTERVIEW, 10L));
		assertThat(reasons.leftOut()).isTrue();
		assertThat(reasons.total()).isEqualTo(25);
	}

	@Test
	void fewerThanKAlumniShowNoAlumniFigureButTheHiresStillCount() {
		List<AlumniReviewCalculator.Alumnus> alumni = alumni(4);

		AlumniReview review = review(alumni, new AlumniReviewCalculator.Hires(50, 5));
		assertThat(review.tooFewAlumni()).isTrue();
		assertThat(review.alumni()).isNull();
		assertThat(review.tiers().parts()).isEmpty();
		assertThat(review.engagementRate().hidden()).isEqualTo(AlumniReview.TOO_FEW);
		assertThat(review.boomerangRate().percent()).isEqualTo(10.0);
		assertThat(review.anyHidden()).isTrue();
	}

	/** Two periods a day apart would otherwise differ by whoever left that day, with their tier and interview. */
	@Test
	void theAlumniAreEveryoneInTheRegisterTodayWhateverThePeriod() {
		List<AlumniReviewCalculator.Alumnus> alumni = alumni(10);
		add(alumni, 6, new Builder().left(date(2026, 6, 1)).interview("pay"));
		alumni.add(new Builder().left(date(2026, 6, 2)).interview("pay").build());

		AlumniReview before = new AlumniReviewCalculator(5).review(alumni, NO_HIRES, date(2025, 6, 1), date(2026, 6, 1), TODAY);
		AlumniReview after = new AlumniReviewCalculator(5).review(alumni, NO_HIRES, date(2025, 6, 2), date(2026, 6, 2), TODAY);
		assertThat(before.alumni()).isEqualTo(17);
		assertThat(before.interviewReasons()).isEqualTo(after.interviewReasons());
		assertThat(before.tiers()).isEqualTo(after.tiers());
	}

	/**
	 * Random populations: every count shown is 0 or k or more, and so is a breakdown's total minus
	 * each shown part and minus all of them; a rate shown has both its counts shown.
	 */
	@Test
	void noShownCountNorTotalMinusShownPartsIsAGroupOfOneToKMinusOne() {
		Random random = new Random(42);
		int attempts = 0;
		for (int run = 0; run < 300; run++) {
			List<AlumniReviewCalculator.Alumnus> alumni = new ArrayList<>();
			int size = 5 + random.nextInt(40);
			for (int i = 0; i < size; i++) {
				Builder b = new Builder().tier(AlumniTier.values()[random.nextInt(4)])
					.kind(ExitReasonKind.values()[random.nextInt(5)])
					.contactable(random.nextBoolean())
					.interactions(random.nextInt(3));
				if (random.nextInt(3) == 0) {
					b.interview(List.of("pay", "growth", "relocation", "studies").get(random.nextInt(4)));
				}
				if (random.nextInt(4) == 0) {
					b.collaborations(1 + random.nextInt(2), 1000);
				}
				if (random.nextInt(4) == 0) {
					int referrals = 1 + random.nextInt(2);
					b.referrals(referrals, random.nextInt(referrals + 1));
				}
				alumni.add(b.build());
			}
			long hires = random.nextInt(60);
			AlumniReview review = review(alumni, new AlumniReviewCalculator.Hires(hires, random.nextInt((int) hires + 1)));
			for (AlumniReview.Breakdown breakdown : List.of(review.tiers(), review.reasonKinds(), review.interviewReasons())) {
				attempts += assertSafe(breakdown.total(), breakdown.parts().stream().map(AlumniReview.Part::count).toList());
			}
			attempts += assertSafe(review.alumni(), Arrays.asList(review.contactable()));
			attempts += assertSafe(review.contactable(), Arrays.asList(review.engaged()));
			attempts += assertSafe(review.alumni(), Arrays.asList(review.collaboratingAlumni()));
			attempts += assertSafe(review.alumni(), Arrays.asList(review.referringAlumni()));
			attempts += assertSafe(review.referrals(), Arrays.asList(review.referralHires()));
			attempts += assertSafe(review.hires(), Arrays.asList(review.rehires()));
			attempts += assertSafe(review.hires(), Arrays.asList(review.referralHires()));
			for (AlumniReview.Rate rate : List.of(review.engagementRate(), review.boomerangRate(),
					review.referralHireRate(), review.boomerangConversion(), review.retention())) {
				if (rate.percent() != null) {
					assertThat(rate.numerator()).isNotNull();
					assertThat(rate.denominator()).isNotNull().isGreaterThanOrEqualTo(5);
				}
			}
		}
		assertThat(attempts).isGreaterThan(1000);
	}

	private static int assertSafe(Long total, List<Long> parts) {
		int attempts = 0;
		long shownSum = 0;
		for (Long part : parts) {
			if (part != null) {
				assertNotSmall(part);
				shownSum += part;
				if (total != null) {
					assertNotSmall(total - part);
				}
				attempts++;
			}
		}
		if (total != null) {
			assertNotSmall(total);
			assertNotSmall(total - shownSum);
			attempts++;
		}
		return attempts;
	}

	private static void assertNotSmall(long people) {
		assertThat(people).satisfiesAnyOf((p) -> assertThat(p).isZero(), (p) -> assertThat(p).isGreaterThanOrEqualTo(5));
	}

	private static AlumniReview review(List<AlumniReviewCalculator.Alumnus> alumni, AlumniReviewCalculator.Hires hires) {
		return CALCULATOR.review(alumni, hires, FROM, TODAY, TODAY);
	}

	private static List<AlumniReviewCalculator.Alumnus> alumni(int count) {
		List<AlumniReviewCalculator.Alumnus> alumni = new ArrayList<>();
		add(alumni, count, new Builder());
		return alumni;
	}

	private static void add(List<AlumniReviewCalculator.Alumnus> alumni, int count, Builder builder) {
		for (int i = 0; i < count; i++) {
			alumni.add(builder.build());
		}
	}

	private static Builder boomerang(LocalDate left, LocalDate back) {
		return new Builder().left(left).rehired(back).contactable(false);
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	/** An alumnus who left two years ago for a career goal, contactable, quiet, never back. */
	private static final class Builder {

		private LocalDate leftOn = TODAY.minusYears(2);

		private ExitReasonKind kind = ExitReasonKind.CAREER_GOAL;

		private String interview;

		private AlumniTier tier = AlumniTier.CONNECTED;

		private boolean contactable = true;

		private LocalDate rehiredOn;

		private LocalDate leftAgainOn;

		private Integer prior;

		private Integer after;

		private int interactions;

		private int collaborations;

		private long valueCents;

		private int referrals;

		private int referralHires;

		Builder left(LocalDate on) {
			this.leftOn = on;
			return this;
		}

		/** Away this many months: left that many months before the return. */
		Builder away(int months) {
			this.leftOn = this.rehiredOn.minusMonths(months);
			return this;
		}

		Builder rehired(LocalDate on) {
			this.rehiredOn = on;
			return this;
		}

		Builder leftAgain(LocalDate on) {
			this.leftAgainOn = on;
			return this;
		}

		Builder ratings(Integer prior, Integer after) {
			this.prior = prior;
			this.after = after;
			return this;
		}

		Builder kind(ExitReasonKind kind) {
			this.kind = kind;
			return this;
		}

		Builder interview(String code) {
			this.interview = code;
			return this;
		}

		Builder tier(AlumniTier tier) {
			this.tier = tier;
			return this;
		}

		Builder contactable(boolean contactable) {
			this.contactable = contactable;
			return this;
		}

		Builder interactions(int interactions) {
			this.interactions = interactions;
			return this;
		}

		Builder collaborations(int collaborations, long valueCents) {
			this.collaborations = collaborations;
			this.valueCents = valueCents;
			this.interactions += collaborations;
			return this;
		}

		Builder referrals(int referrals, int hired) {
			this.referrals = referrals;
			this.referralHires = hired;
			this.interactions += referrals;
			return this;
		}

		AlumniReviewCalculator.Alumnus build() {
			return new AlumniReviewCalculator.Alumnus(this.leftOn, this.kind, this.interview, this.tier, this.contactable,
					this.rehiredOn, this.leftAgainOn, this.prior, this.after, this.interactions, this.collaborations,
					this.valueCents, this.referrals, this.referralHires);
		}

	}

}
