package io.cocareer.alumni.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.AlumniGroupSizeSettings;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.AlumnusFacts;
import io.cocareer.alumni.register.PeriodFacts;
import io.cocareer.alumni.review.internal.AlumniReviewAccess;
import io.cocareer.alumni.review.internal.AlumniReviewCalculator;
import io.cocareer.people.HireCounts;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review across alumni for the talent lead ({@link AlumniReviewAccess}): the register's facts
 * about every alumnus with their interactions of the period (one statement), the period's hires
 * from the people module (one statement), counted and protected by {@link AlumniReviewCalculator}.
 * Only groups of k or more people ({@link AlumniGroupSizeSettings}) leave it.
 */
@Service
@Transactional(readOnly = true)
public class AlumniReviewService {

	private final AlumniReviewAccess access;

	private final AlumniRegister register;

	private final PeopleDirectory people;

	private final AlumniGroupSizeSettings groups;

	private final Clock clock;

	AlumniReviewService(AlumniReviewAccess access, AlumniRegister register, PeopleDirectory people,
			AlumniGroupSizeSettings groups, Clock clock) {
		this.access = access;
		this.register = register;
		this.people = people;
		this.groups = groups;
		this.clock = clock;
	}

	/** Whether the actor reads the review (pages show the link by it). */
	public boolean mayReview(Actor actor) {
		return this.access.mayReview(actor);
	}

	/** k: the smallest group a figure describes. */
	public int minGroupSize() {
		return this.groups.minGroupSize();
	}

	/** The last 12 months up to today: the period of a review that names none. */
	public ReviewPeriod defaultPeriod(Actor actor) {
		this.access.requireReviewer(actor);
		LocalDate today = LocalDate.now(this.clock);
		return new ReviewPeriod(today.minusYears(1).plusDays(1), today);
	}

	/**
	 * The review of {@code [from, to]}, both days included. Without {@code to}, up to today;
	 * without {@code from}, the 12 months up to {@code to}. Refused on {@code from} when it is after
	 * {@code to}, and on {@code to} when it is after today (figures of days to come are not known).
	 */
	public AlumniReview review(Actor actor, @Nullable LocalDate from, @Nullable LocalDate to) {
		this.access.requireReviewer(actor);
		ReviewPeriod period = period(from, to);
		LocalDate today = LocalDate.now(this.clock);
		List<AlumniReviewCalculator.Alumnus> alumni = this.register.factsBetween(period.from(), period.to())
			.stream()
			.map(AlumniReviewService::alumnus)
			.toList();
		HireCounts hires = this.people.hiresBetween(period.from(), period.to());
		return new AlumniReviewCalculator(this.groups.minGroupSize()).review(alumni,
				new AlumniReviewCalculator.Hires(hires.hires(), hires.rehires()), period.from(), period.to(), today);
	}

	/** The period a review covers: checked, and completed as {@link #review} says. */
	public ReviewPeriod period(@Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.minusYears(1).plusDays(1);
		if (end.isAfter(today)) {
			throw new InvalidInput("to", "alumni.review.period.future", "The period ends today at the latest");
		}
		if (start.isAfter(end)) {
			throw new InvalidInput("from", "alumni.review.period.order", "The period starts on or before its end");
		}
		return new ReviewPeriod(start, end);
	}

	private static AlumniReviewCalculator.Alumnus alumnus(PeriodFacts period) {
		AlumnusFacts a = period.alumnus();
		return new AlumniReviewCalculator.Alumnus(a.leftOn(), a.reasonKind(), a.interviewReasonCode(), a.tier(),
				a.contactable(), a.rehiredOn(), a.leftAgainOn(), a.priorRating(), a.returnRating(), period.interactions(),
				period.collaborations(), period.collaborationValueCents(), period.referrals(), period.referralHires());
	}

	/** The days a review covers, both included. */
	public record ReviewPeriod(LocalDate from, LocalDate to) {

	}

}
