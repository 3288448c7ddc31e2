package io.cocareer.network.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.cocareer.network.review.NetworkReview;
import io.cocareer.network.review.NetworkReviewService;
import io.cocareer.network.review.ReviewFilter;
import io.cocareer.shared.Actor;
import io.cocareer.talent.DesignationReason;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review across talents' networks over JSON, for the talent lead only (403 for anyone else):
 * the same figures and suppression as the page. A hidden count is {@code null}.
 */
@RestController
class ReviewApiController {

	private final NetworkReviewService review;

	private final MessageSource messages;

	ReviewApiController(NetworkReviewService review, MessageSource messages) {
		this.review = review;
		this.messages = messages;
	}

	/** The review of the talents of a unit and/or a designation reason (all when none is given). */
	@ApiResponse(responseCode = "200", description = "The figures of the talents the filter selects",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such unit",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@GetMapping("/api/v1/networks/review")
	ReviewResponse review(Actor actor, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) DesignationReason reason, Locale locale) {
		NetworkReview review = this.review.review(actor, new ReviewFilter(unitId, reason));
		return ReviewResponse.of(review, ReviewController.advice(this.messages, review, locale));
	}

	/** The same figures as CSV, one band a row; hidden counts say {@code hidden}. */
	@ApiResponse(responseCode = "200", description = "figure,band,talents: one band a row, hidden counts as hidden",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@GetMapping("/api/v1/networks/review/export.csv")
	ResponseEntity<String> export(Actor actor, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) DesignationReason reason) {
		return ReviewController.download(this.review.csv(actor, new ReviewFilter(unitId, reason)));
	}

	/**
	 * Schema {@code NetworkReviewResponse}: figures over groups of at least {@code minGroupSize}
	 * talents. {@code shown} false: the filter selects too few talents ({@code whyNotShown}) and
	 * nothing else is given.
	 */
	record ReviewResponse(int minGroupSize, @Nullable UUID unitId, @Nullable DesignationReason reason, boolean shown,
			@Nullable Long talents, @Nullable String whyNotShown, List<FigureResponse> figures, int heavyMentors, List<BridgeResponse> missingBridges,
			List<String> recommendations, TrendResponse trend) {

		static ReviewResponse of(NetworkReview review, List<String> advice) {
			return new ReviewResponse(review.minGroupSize(), review.filter().unitId(), review.filter().reason(),
					review.shown(), review.talents(), review.whyNotShown(),
					review.figures().stream()
						.map((f) -> new FigureResponse(f.key(), f.kind(),
								f.bands().stream().map((b) -> new BandResponse(b.key(), b.talents())).toList()))
						.toList(),
					review.heavyMentors(),
					review.missingBridges().stream()
						.map((b) -> new BridgeResponse(b.oneUnitId(), b.oneUnit(), b.otherUnitId(), b.otherUnit()))
						.toList(),
					advice, new TrendResponse(review.trend().since(), review.trend().rows().stream()
						.map((r) -> new TrendRowResponse(r.figure(), r.band(), r.then(), r.thenTalents(), r.now(), r.nowTalents()))
						.toList()));
		}

	}

	/** Schema {@code NetworkReviewFigure}: talents per band of one figure. */
	record FigureResponse(String key, String kind, List<BandResponse> bands) {

	}

	/** Schema {@code NetworkReviewBand}: talents in a band; null when hidden. */
	record BandResponse(String key, @Nullable Long talents) {

	}

	/** Schema {@code NetworkReviewBridge}: two units neither of whose talents names anyone of the other. */
	record BridgeResponse(UUID oneUnitId, String oneUnit, UUID otherUnitId, String otherUnit) {

	}

	/** Schema {@code NetworkReviewTrend}: the whole organisation's figures then (a month's snapshot) and now. */
	record TrendResponse(@Nullable LocalDate since, List<TrendRowResponse> rows) {

	}

	/** Schema {@code NetworkReviewTrendRow}: a band's talents then and now, with the talents counted. */
	record TrendRowResponse(String figure, String band, @Nullable Long then, @Nullable Long thenTalents, @Nullable Long now,
			@Nullable Long nowTalents) {

	}

}
