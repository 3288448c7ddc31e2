package io.cocareer.alumni.review;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The review across alumni over one period (DOMAIN.md §4.3): counts of people, rates and means,
 * each over groups of at least {@code minGroupSize} (k) people only. A count that is {@code null}
 * is hidden: it is below k, or a subtraction of two counts shown would reveal such a group. A rate
 * or a mean that is hidden says why ({@link #TOO_FEW}: fewer than k people in the group;
 * {@link #SMALL_PART}: fewer than k did, or did not). Who the people are is never given.
 * <p>
 * Alumni are everyone in the register today (boomerangs who came back included), with their tier
 * and consent as they are now, whatever the period: a period that moved by a day would otherwise
 * single out whoever left that day. Interactions, collaborations, referrals, hires, rehires and
 * the time away of those who came back are the period's.
 *
 * @param alumni the alumni (null when hidden); when {@code tooFewAlumni}, no alumni figure is given
 * @param contactable alumni who may be contacted now (consent given, not withdrawn, not rehired)
 * @param engaged contactable alumni with at least one interaction in the period
 * @param collaboratingAlumni alumni with at least one collaboration in the period
 * @param collaborations the collaborations of the period (shown with the alumni behind them)
 * @param collaborationValueCents the value of those collaborations, in cents
 * @param referringAlumni alumni who referred someone in the period
 * @param referrals the referrals of the period
 * @param referralHires the referrals of the period that led to a hire
 * @param hires people hired in the period (employment periods started in it)
 * @param rehires of those, the ones who had worked here before (a second or later period)
 * @param secondTenures boomerangs rehired at least 12 months ago
 * @param retention of those, the share still employed 12 months after their return
 * @param timeAwayMonths the median months between leaving and return, over the period's boomerangs
 * @param performanceDelta the mean of the rating after return minus the rating before exit, over
 * every boomerang with both
 */
public record AlumniReview(LocalDate from, LocalDate to, int minGroupSize, @Nullable Long alumni, boolean tooFewAlumni,
		Breakdown tiers, Breakdown reasonKinds, Breakdown interviewReasons, @Nullable Long contactable,
		@Nullable Long engaged, Rate engagementRate, @Nullable Long collaboratingAlumni, @Nullable Long collaborations,
		@Nullable Long collaborationValueCents, @Nullable Long referringAlumni, @Nullable Long referrals,
		@Nullable Long referralHires, Rate referralHireRate, @Nullable Long hires, @Nullable Long rehires,
		Rate boomerangRate, Rate boomerangConversion, @Nullable Long secondTenures, Rate retention,
		Average timeAwayMonths, Average performanceDelta) {

	/** Why a rate or a mean is hidden: fewer than k people in its group. */
	public static final String TOO_FEW = "tooFew";

	/** Why a rate is hidden: fewer than k did (or did not), or its counts protect another group. */
	public static final String SMALL_PART = "smallPart";

	/** Whether any count, rate or mean of the review is hidden (the page says why). */
	public boolean anyHidden() {
		return this.tooFewAlumni || this.alumni == null || this.tiers.anyHidden() || this.reasonKinds.anyHidden()
				|| this.interviewReasons.anyHidden() || this.contactable == null || this.engaged == null
				|| this.engagementRate.hidden() != null || this.collaboratingAlumni == null
				|| this.referringAlumni == null || this.referralHires == null || this.hires == null
				|| this.rehires == null || this.boomerangRate.hidden() != null
				|| this.boomerangConversion.hidden() != null || this.retention.hidden() != null
				|| this.timeAwayMonths.hidden() != null || this.performanceDelta.hidden() != null;
	}

	/**
	 * People per value of one attribute (a tier, a kind of exit reason, an interview's reason).
	 * @param total everyone counted (null when hidden)
	 * @param parts the values in order, each with its count (null when hidden)
	 * @param leftOut whether values were left out because their count is hidden (the interview
	 * reasons list only those shown: that a reason was given at all by one or two people is itself
	 * something to keep)
	 */
	public record Breakdown(@Nullable Long total, List<Part> parts, boolean leftOut) {

		public boolean anyHidden() {
			return this.total == null || this.leftOut || this.parts.stream().anyMatch((part) -> part.count() == null);
		}

		/** The count of a part, or null when hidden or not listed. */
		public @Nullable Long count(String key) {
			return this.parts.stream().filter((p) -> p.key().equals(key)).map(Part::count).findFirst().orElse(null);
		}

	}

	/** One value of a breakdown and its people (null when hidden). */
	public record Part(String key, @Nullable Long count) {

	}

	/**
	 * A share in per cent (one decimal), with the two counts it divides when they are shown.
	 * @param hidden {@link #TOO_FEW}, {@link #SMALL_PART}, or null when shown
	 */
	public record Rate(@Nullable Long numerator, @Nullable Long denominator, @Nullable Double percent,
			@Nullable String hidden) {

	}

	/**
	 * A median or mean over a group of people.
	 * @param hidden {@link #TOO_FEW}, or null when shown
	 */
	public record Average(@Nullable Double value, @Nullable String hidden) {

	}

}
