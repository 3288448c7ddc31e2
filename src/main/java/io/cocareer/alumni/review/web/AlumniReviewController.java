package io.cocareer.alumni.review.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.exit.ExitReasonService;
import io.cocareer.alumni.exit.ExitReasonView;
import io.cocareer.alumni.review.AlumniReviewService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Alumni review": the talent lead's figures across alumni over a period (the last 12 months
 * unless another is chosen), each with its definition; a date of the wrong form, a start after
 * the end or an end after today is said next to its field, and no figure is shown until it is put right.
 */
@Controller
@RequestMapping("/alumni/review")
class AlumniReviewController {

	private final AlumniReviewService review;

	private final ExitReasonService reasons;

	AlumniReviewController(AlumniReviewService review, ExitReasonService reasons) {
		this.review = review;
		this.reasons = reasons;
	}

	@GetMapping
	String review(Actor actor, @ModelAttribute("period") PeriodForm period, BindingResult result, Model model) {
		AlumniReviewService.ReviewPeriod fallback = this.review.defaultPeriod(actor);
		LocalDate from = date(period.getFrom(), "from", result);
		LocalDate to = date(period.getTo(), "to", result);
		if (!result.hasErrors()) {
			PageProblems.SHARED.created(result, () -> this.review.review(actor, from, to)).ifPresent((figures) -> {
				period.setFrom(figures.from().toString());
				period.setTo(figures.to().toString());
				model.addAttribute("review", figures);
				// the interview reasons are counted by code; the page names them as the lead's taxonomy does
				model.addAttribute("reasonLabels", this.reasons.all(actor)
					.stream()
					.collect(Collectors.toMap(ExitReasonView::code, ExitReasonView::label)));
			});
		}
		model.addAttribute("today", fallback.to());
		model.addAttribute("minGroupSize", this.review.minGroupSize());
		return "alumni/review/review";
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "alumni.review.period.date", "Give a date as YYYY-MM-DD");
			return null;
		}
	}

}
