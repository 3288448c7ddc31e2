package io.cocareer.alumni.review.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.review.AlumniReview;
import io.cocareer.shared.disclosure.CountTable;
import io.cocareer.shared.disclosure.Suppression;

/**
 * The review's figures (DOMAIN.md §4.3) from what it knows of each alumnus and of the period's
 * hires. Pure: the service reads the register and the people module and decides who may see this.
 * <p>
 * Every count of people comes from one {@link CountTable} per breakdown, with its total, protected
 * by {@link Suppression}: a count of 1 to k−1 is hidden, and so is a second one wherever the total
 * minus the shown parts would reveal it. The breakdowns over alumni (tiers, kinds of exit reason,
 * exit interviews' reasons, consent and engagement, collaborations, referrals) share the same
 * total, as the two over hires do (rehires, hires referred by alumni). A rate is shown only when
 * the counts it divides are both shown (and its denominator is k or more); a median or a mean only
 * over k or more people.
 * <p>
 * What describes the alumni themselves (how many, their tiers, kinds of exit reason, exit
 * interviews' reasons, consent, second-tenure retention, the change in rating after return) is
 * counted over everyone in the register today, whatever the period: were it counted up to the
 * period's end, two periods a day apart would differ by the one person who left that day, and
 * show that person's tier and interview. The period chooses the flows: interactions,
 * collaborations, referrals, hires, rehires and the time away of those who came back in it.
 */
public final class AlumniReviewCalculator {

	/** The key of the interview breakdown's part for alumni whose exit had no interview. */
	public static final String NO_INTERVIEW = "none";

	private final int k;

	/**
	 * What the review knows of one alumnus; the interaction figures are those of the period.
	 * @param interactions interactions of any kind in the period
	 * @param referralHires referrals of the period that led to a hire
	 */
	public record Alumnus(LocalDate leftOn, ExitReasonKind reasonKind, @Nullable String interviewReasonCode,
			AlumniTier tier, boolean contactable, @Nullable LocalDate rehiredOn, @Nullable LocalDate leftAgainOn,
			@Nullable Integer priorRating, @Nullable Integer returnRating, int interactions, int collaborations,
			long collaborationValueCents, int referrals, int referralHires) {

	}

	/**
	 * The period's hires from the people module's employment periods.
	 * @param hires employment periods started in the period
	 * @param rehires of those, a person's second or later period
	 */
	public record Hires(long hires, long rehires) {

	}

	public AlumniReviewCalculator(int k) {
		if (k < 2) {
			throw new IllegalArgumentException("k is at least 2");
		}
		this.k = k;
	}

	/** The review of {@code [from, to]}, on {@code today}, of everyone in the register today. */
	public AlumniReview review(List<Alumnus> alumni, Hires hires, LocalDate from, LocalDate to, LocalDate today) {

		// over alumni: tiers, kinds of exit reason, interviews, consent × engagement, collaborations, referrals
		Protected tiers = protect(alumni, AlumniTier.values().length, (a) -> a.tier().ordinal());
		Protected kinds = protect(alumni, ExitReasonKind.values().length, (a) -> a.reasonKind().ordinal());
		List<String> codes = new ArrayList<>(new TreeSet<>(alumni.stream()
			.map(Alumnus::interviewReasonCode)
			.filter((code) -> code != null)
			.toList()));
		Protected interviews = protect(alumni, codes.size() + 1, (a) -> (a.interviewReasonCode() == null)
				? codes.size() : codes.indexOf(a.interviewReasonCode()));
		CountTable contact = new CountTable(2, 2);
		alumni.forEach((a) -> contact.add(a.contactable() ? 0 : 1, (a.interactions() > 0) ? 0 : 1));
		Protected engagement = new Protected(contact, Suppression.protect(contact, this.k));
		Protected collaborating = protect(alumni, 2, (a) -> (a.collaborations() > 0) ? 0 : 1);
		Protected referring = protect(alumni, 2, (a) -> (a.referrals() > 0) ? 0 : 1);

		Long alumniShown = tiers.shown(0, true);
		boolean tooFew = alumni.size() < this.k;

		long referralsMade = alumni.stream().mapToLong(Alumnus::referrals).sum();
		// a referral marked hired is a hire; more than the period's hires is a data error, counted as all of them
		long referredHires = Math.min(hires.hires(), Math.min(referralsMade,
				alumni.stream().mapToLong(Alumnus::referralHires).sum()));
		// over the referred: hired or not; over the period's hires: rehires, and those referred by alumni
		Protected referred = protectTwo(referredHires, referralsMade - referredHires);
		Protected rehired = protectTwo(hires.rehires(), hires.hires() - hires.rehires());
		Protected referredAmongHires = protectTwo(referredHires, hires.hires() - referredHires);

		Long contactable = engagement.shown(engagement.table().cell(0, 2));
		Long engaged = engagement.shown(engagement.table().cell(0, 0));
		Long collaborators = collaborating.shown(0, false);
		Long referrers = referring.shown(0, false);
		Long referralHires = both(referred.shown(0, false), referredAmongHires.shown(0, false));
		Long hired = rehired.shown(0, true);
		Long rehires = rehired.shown(0, false);

		List<Alumnus> secondTenures = alumni.stream()
			.filter((a) -> a.rehiredOn() != null && !a.rehiredOn().isAfter(today.minusMonths(12)))
			.toList();
		Protected retained = protect(secondTenures, 2, (a) -> (a.leftAgainOn() == null
				|| !a.leftAgainOn().isBefore(a.rehiredOn().plusMonths(12))) ? 0 : 1);

		List<Long> monthsAway = alumni.stream()
			.filter((a) -> a.rehiredOn() != null && !a.rehiredOn().isBefore(from) && !a.rehiredOn().isAfter(to))
			.map((a) -> Period.between(a.leftOn(), a.rehiredOn()).toTotalMonths())
			.toList();
		List<Integer> deltas = alumni.stream()
			.filter((a) -> a.rehiredOn() != null && a.priorRating() != null && a.returnRating() != null)
			.map((a) -> a.returnRating() - a.priorRating())
			.toList();

		AlumniReview.Rate none = new AlumniReview.Rate(null, null, null, AlumniReview.TOO_FEW);
		AlumniReview.Average noAverage = new AlumniReview.Average(null, AlumniReview.TOO_FEW);
		if (tooFew) {
			AlumniReview.Breakdown hidden = new AlumniReview.Breakdown(null, List.of(), false);
			return new AlumniReview(from, to, this.k, null, true, hidden, hidden, hidden, null, null, none, null, null,
					null, null, null, null, none, hired, rehires,
					rate(rehired, 0, hires.hires()), none, null, none, noAverage, noAverage);
		}
		Long collaborations = (collaborators != null)
				? alumni.stream().mapToLong(Alumnus::collaborations).sum() : null;
		Long value = (collaborators != null) ? alumni.stream().mapToLong(Alumnus::collaborationValueCents).sum() : null;
		Long referrals = (referrers != null && referred.shown(0, true) != null) ? referralsMade : null;
		return new AlumniReview(from, to, this.k, alumniShown, false,
				breakdown(tiers, keys(AlumniTier.values()), false), breakdown(kinds, keys(ExitReasonKind.values()), false),
				interviews(interviews, codes), contactable, engaged,
				rate(engaged, engagement.table().count(0, 0), contactable, engagement.table().count(0, 2)),
				collaborators, collaborations, value, referrers, referrals, referralHires,
				rate(referralHires, referredHires, referredAmongHires.shown(0, true), hires.hires()), hired, rehires,
				rate(rehired, 0, hires.hires()), rate(rehires, hires.rehires(), alumniShown, alumni.size()),
				retained.shown(0, true), rate(retained, 0, secondTenures.size()), median(monthsAway), mean(deltas));
	}

	private interface Coordinate {

		int of(Alumnus alumnus);

	}

	private Protected protect(List<Alumnus> people, int size, Coordinate coordinate) {
		CountTable table = new CountTable(size);
		people.forEach((a) -> table.add(coordinate.of(a)));
		return new Protected(table, Suppression.protect(table, this.k));
	}

	/** A total of two parts: the first {@code one}, the other {@code other} people. */
	private Protected protectTwo(long one, long other) {
		CountTable table = new CountTable(2);
		for (long i = 0; i < one; i++) {
			table.add(0);
		}
		for (long i = 0; i < other; i++) {
			table.add(1);
		}
		return new Protected(table, Suppression.protect(table, this.k));
	}

	/** A rate of the first part of a two-part table over its total. */
	private AlumniReview.Rate rate(Protected table, int part, long total) {
		return rate(table.shown(part, false), table.table().count(part), table.shown(0, true), total);
	}

	/**
	 * A rate shown when both its counts are: its denominator is then k or more, and the line of the
	 * table they come from keeps the difference safe too.
	 */
	private AlumniReview.Rate rate(@Nullable Long numerator, long numeratorCount, @Nullable Long denominator,
			long denominatorCount) {
		if (denominatorCount < this.k) {
			return new AlumniReview.Rate(null, null, null, AlumniReview.TOO_FEW);
		}
		if (numerator == null || denominator == null) {
			return new AlumniReview.Rate(null, null, null, AlumniReview.SMALL_PART);
		}
		return new AlumniReview.Rate(numerator, denominator,
				Math.round(1000.0 * numeratorCount / denominatorCount) / 10.0, null);
	}

	private AlumniReview.Average median(List<Long> values) {
		if (values.size() < this.k) {
			return new AlumniReview.Average(null, AlumniReview.TOO_FEW);
		}
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
		return new AlumniReview.Average(median, null);
	}

	private AlumniReview.Average mean(List<Integer> values) {
		if (values.size() < this.k) {
			return new AlumniReview.Average(null, AlumniReview.TOO_FEW);
		}
		double mean = values.stream().mapToInt(Integer::intValue).average().orElseThrow();
		return new AlumniReview.Average(Math.round(mean * 100.0) / 100.0, null);
	}

	private static AlumniReview.Breakdown breakdown(Protected table, List<String> keys, boolean onlyShown) {
		List<AlumniReview.Part> parts = new ArrayList<>();
		boolean leftOut = false;
		for (int i = 0; i < keys.size(); i++) {
			Long count = table.shown(i, false);
			if (onlyShown && (count == null || count == 0)) {
				leftOut |= count == null;
				continue;
			}
			parts.add(new AlumniReview.Part(keys.get(i), count));
		}
		return new AlumniReview.Breakdown(table.shown(0, true), List.copyOf(parts), leftOut);
	}

	/** The interviews' reasons as shown, most given first, then the alumni whose exit had none. */
	private static AlumniReview.Breakdown interviews(Protected table, List<String> codes) {
		List<String> keys = new ArrayList<>(codes);
		keys.add(NO_INTERVIEW);
		AlumniReview.Breakdown all = breakdown(table, keys, true);
		List<AlumniReview.Part> parts = new ArrayList<>(all.parts());
		parts.sort((a, b) -> a.key().equals(NO_INTERVIEW) ? 1 : b.key().equals(NO_INTERVIEW) ? -1
				: Long.compare(b.count(), a.count()));
		return new AlumniReview.Breakdown(all.total(), List.copyOf(parts), all.leftOut());
	}

	private static @Nullable Long both(@Nullable Long one, @Nullable Long other) {
		return (one == null || other == null) ? null : one;
	}

	private static List<String> keys(Enum<?>[] values) {
		List<String> keys = new ArrayList<>();
		for (Enum<?> value : values) {
			keys.add(value.name());
		}
		return keys;
	}

	/** A one- or two-dimensional count table with its hidden cells. */
	private record Protected(CountTable table, boolean[] hidden) {

		/** A cell as shown (null when hidden). */
		@Nullable Long shown(int cell) {
			return this.hidden[cell] ? null : this.table.count(cell);
		}

		/** In a one-dimensional table: a part's count, or the total's. */
		@Nullable Long shown(int part, boolean total) {
			return shown(this.table.cell(total ? this.table.all(0) : part));
		}

	}

}
