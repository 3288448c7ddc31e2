package io.cocareer.alumni.review.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.cocareer.alumni.review.AlumniReview;
import io.cocareer.alumni.review.AlumniReviewService;
import io.cocareer.shared.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review across alumni over JSON, for the talent lead only (403 for anyone else): the same
 * figures and protection as the page. A hidden count is {@code null}; a hidden rate or mean says
 * why ({@code tooFew}: fewer than {@code minGroupSize} people in its group; {@code smallPart}:
 * fewer than that did, or did not).
 */
@RestController
class AlumniReviewApiController {

	private final AlumniReviewService review;

	AlumniReviewApiController(AlumniReviewService review) {
		this.review = review;
	}

	/** The review of {@code from} to {@code to} (ISO dates, both included; the last 12 months by default). */
	@ApiResponse(responseCode = "200", description = "The programme's figures over groups of at least minGroupSize people",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "A date of the wrong form, a start after the end, or an end after today",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "403", description = "Only the talent lead reads the review",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@GetMapping("/api/v1/alumni/review")
	AlumniReviewResponse review(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return AlumniReviewResponse.of(this.review.review(actor, from, to));
	}

	/**
	 * Schema {@code AlumniReviewResponse}: the programme's figures over a period (DOMAIN.md §4.3).
	 * {@code tooFewAlumni}: fewer than {@code minGroupSize} alumni, and no figure about them is given.
	 */
	record AlumniReviewResponse(LocalDate from, LocalDate to, int minGroupSize, @Nullable Long alumni,
			boolean tooFewAlumni, BreakdownResponse tiers, BreakdownResponse exitReasonKinds,
			BreakdownResponse exitInterviewReasons, EngagementResponse engagement,
			CollaborationsResponse collaborations, ReferralsResponse referrals, BoomerangsResponse boomerangs) {

		static AlumniReviewResponse of(AlumniReview r) {
			return new AlumniReviewResponse(r.from(), r.to(), r.minGroupSize(), r.alumni(), r.tooFewAlumni(),
					BreakdownResponse.of(r.tiers()), BreakdownResponse.of(r.reasonKinds()),
					BreakdownResponse.of(r.interviewReasons()),
					new EngagementResponse(r.contactable(), r.engaged(), RateResponse.of(r.engagementRate())),
					new CollaborationsResponse(r.collaboratingAlumni(), r.collaborations(), r.collaborationValueCents()),
					new ReferralsResponse(r.referringAlumni(), r.referrals(), r.referralHires(),
							RateResponse.of(r.referralHireRate())),
					new BoomerangsResponse(r.hires(), r.rehires(), RateResponse.of(r.boomerangRate()),
							RateResponse.of(r.boomerangConversion()), r.secondTenures(), RateResponse.of(r.retention()),
							AverageResponse.of(r.timeAwayMonths()), AverageResponse.of(r.performanceDelta())));
		}

	}

	/**
	 * Schema {@code AlumniReviewBreakdown}: people per value (a tier, a kind of exit reason, an
	 * interview's reason code); {@code leftOut}: values whose count is hidden were left out.
	 */
	record BreakdownResponse(@Nullable Long total, List<PartResponse> parts, boolean leftOut) {

		static BreakdownResponse of(AlumniReview.Breakdown b) {
			return new BreakdownResponse(b.total(),
					b.parts().stream().map((p) -> new PartResponse(p.key(), p.count())).toList(), b.leftOut());
		}

	}

	/** Schema {@code AlumniReviewPart}: one value and its people (null when hidden). */
	record PartResponse(String key, @Nullable Long count) {

	}

	/** Schema {@code AlumniReviewRate}: a share in per cent and the counts it divides; {@code hidden} says why not. */
	record RateResponse(@Nullable Double percent, @Nullable Long numerator, @Nullable Long denominator,
			@Nullable String hidden) {

		static RateResponse of(AlumniReview.Rate r) {
			return new RateResponse(r.percent(), r.numerator(), r.denominator(), r.hidden());
		}

	}

	/** Schema {@code AlumniReviewAverage}: a median or mean over a group; {@code hidden} says why not. */
	record AverageResponse(@Nullable Double value, @Nullable String hidden) {

		static AverageResponse of(AlumniReview.Average a) {
			return new AverageResponse(a.value(), a.hidden());
		}

	}

	/**
	 * Schema {@code AlumniReviewEngagement}: alumni who may be contacted, those of them with an
	 * interaction in the period, and the share.
	 */
	record EngagementResponse(@Nullable Long contactable, @Nullable Long engaged, RateResponse rate) {

	}

	/** Schema {@code AlumniReviewCollaborations}: alumni with a collaboration in the period, the collaborations, their value. */
	record CollaborationsResponse(@Nullable Long alumni, @Nullable Long count, @Nullable Long valueCents) {

	}

	/** Schema {@code AlumniReviewReferrals}: alumni who referred, the referrals, those hired, and their share of all hires. */
	record ReferralsResponse(@Nullable Long alumni, @Nullable Long count, @Nullable Long hires, RateResponse hireRate) {

	}

	/**
	 * Schema {@code AlumniReviewBoomerangs}: the period's hires and rehires, the boomerang rate and
	 * conversion, second-tenure 12-month retention, median months away, mean change in rating.
	 */
	record BoomerangsResponse(@Nullable Long hires, @Nullable Long rehires, RateResponse rate, RateResponse conversion,
			@Nullable Long secondTenures, RateResponse retention, AverageResponse timeAwayMonths,
			AverageResponse performanceDelta) {

	}

}
