package io.cocareer.network.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.cocareer.network.review.NetworkReview;
import io.cocareer.network.review.NetworkReviewService;
import io.cocareer.network.review.ReviewFilter;
import io.cocareer.shared.Actor;
import io.cocareer.talent.DesignationReason;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Network review": the talent lead's figures across talents' networks, filtered by unit and
 * designation reason; each chart-like figure has a table with the same counts under it.
 */
@Controller
@RequestMapping("/network/review")
class ReviewController {

	private final NetworkReviewService review;

	private final MessageSource messages;

	ReviewController(NetworkReviewService review, MessageSource messages) {
		this.review = review;
		this.messages = messages;
	}

	@GetMapping
	String review(Actor actor, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) DesignationReason reason, Model model, Locale locale) {
		NetworkReview review = this.review.review(actor, new ReviewFilter(unitId, reason));
		model.addAttribute("review", review);
		model.addAttribute("units", this.review.units(actor));
		model.addAttribute("reasons", DesignationReason.values());
		model.addAttribute("advice", advice(this.messages, review, locale));
		model.addAttribute("measures", review.figures().stream().filter((f) -> f.kind().equals("measure")).toList());
		model.addAttribute("arenas", review.figures().stream().filter((f) -> f.kind().equals("arena")).toList());
		model.addAttribute("reach", review.figures().stream().filter((f) -> !f.kind().equals("measure")
				&& !f.kind().equals("arena")).toList());
		return "network/review/review";
	}

	@GetMapping("/export.csv")
	ResponseEntity<String> export(Actor actor, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) DesignationReason reason) {
		return download(this.review.csv(actor, new ReviewFilter(unitId, reason)));
	}

	static ResponseEntity<String> download(String body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("network-review.csv").build().toString())
			.body(body);
	}

	/** The recommendations in words. */
	static List<String> advice(MessageSource messages, NetworkReview review, Locale locale) {
		List<String> advice = new ArrayList<>();
		for (NetworkReview.Recommendation r : review.recommendations()) {
			Object[] arguments = r.arguments().stream().map((argument) -> (argument instanceof List<?> shares)
					? String.join("; ", shares.stream()
						.map((share) -> (NetworkReview.UnitShare) share)
						.map((share) -> messages.getMessage("network.review.advice.unitShare",
								new Object[] { share.unit(), share.percent(), share.talents() }, locale))
						.toList())
					: argument).toArray();
			advice.add(messages.getMessage(r.code(), arguments, locale));
		}
		return advice;
	}

}
