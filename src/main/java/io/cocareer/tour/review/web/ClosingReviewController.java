package io.cocareer.tour.review.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.TourId;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.tour.TourService;
import io.cocareer.tour.agreement.MissionService;
import io.cocareer.tour.review.ClosingReviewService;
import io.cocareer.tour.review.ClosingReviewView;
import io.cocareer.tour.review.NextStep;
import io.cocareer.tour.web.TourPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The closing review page: starting it, the talent's reflection and the company's view (each side
 * saves its own section), and completing it.
 */
@Controller
@RequestMapping("/tours/{id}/closing-review")
class ClosingReviewController {

	static final String VIEW = "tours/review/closing-review";

	private final TourService tours;

	private final ClosingReviewService reviews;

	private final MissionService missions;

	ClosingReviewController(TourService tours, ClosingReviewService reviews, MissionService missions) {
		this.tours = tours;
		this.reviews = reviews;
		this.missions = missions;
	}

	@GetMapping
	String page(Actor actor, @PathVariable UUID id, Model model) {
		ClosingReviewView review = this.reviews.get(actor, TourId.of(id));
		model.addAttribute("reflection", ClosingReviewForms.Reflection.of(review));
		model.addAttribute("assessment", ClosingReviewForms.Assessment.of(review));
		return page(actor, id, review, model, List.of());
	}

	/** Starting; before the end date a missing reason is shown next to its field, on this page. */
	@PostMapping("/start")
	String start(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("start") ClosingReviewForms.Start form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			Optional<PageProblems.Refusal> refused = TourPages.PROBLEMS.refusal(() -> this.reviews.start(actor, TourId.of(id),
					form.getEarlyEndReason(), Versions.required(form.getVersion())));
			if (refused.isEmpty()) {
				redirect.addFlashAttribute("message", "tour.closing.started");
				return "redirect:/tours/" + id + "/closing-review";
			}
			if (!refused.get().invalidInput()) {
				// a broken rule or a lost race is about the review, not this form: told above the page
				refused.get().flash(redirect);
				return "redirect:/tours/" + id + "/closing-review";
			}
			refused.get().rejectIn(result);
		}
		ClosingReviewView review = this.reviews.get(actor, TourId.of(id));
		model.addAttribute("reflection", ClosingReviewForms.Reflection.of(review));
		model.addAttribute("assessment", ClosingReviewForms.Assessment.of(review));
		return page(actor, id, review, model, List.of());
	}

	@PostMapping("/talent")
	String reflect(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("reflection") ClosingReviewForms.Reflection form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ClosingReviewView review = this.reviews.get(actor, TourId.of(id));
		if (!result.hasErrors()) {
			if (TourPages.PROBLEMS.saved(result, () -> this.reviews.reflect(actor, TourId.of(id), form.reflection(), form.getVersion()))) {
				redirect.addFlashAttribute("message", "tour.closing.saved");
				return "redirect:/tours/" + id + "/closing-review";
			}
		}
		model.addAttribute("assessment", ClosingReviewForms.Assessment.of(review));
		return page(actor, id, review, model, List.of());
	}

	@PostMapping("/company")
	String assess(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("assessment") ClosingReviewForms.Assessment form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ClosingReviewView review = this.reviews.get(actor, TourId.of(id));
		if (!result.hasErrors()) {
			if (TourPages.PROBLEMS.saved(result, () -> this.reviews.assess(actor, TourId.of(id), form.assessment(), form.getVersion()))) {
				redirect.addFlashAttribute("message", "tour.closing.saved");
				return "redirect:/tours/" + id + "/closing-review";
			}
		}
		model.addAttribute("reflection", ClosingReviewForms.Reflection.of(review));
		return page(actor, id, review, model, List.of());
	}

	/** Completing: refused with the missing fields marked where they belong. */
	@PostMapping("/complete")
	String complete(Actor actor, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
		Optional<PageProblems.Refusal> refused = TourPages.PROBLEMS.refusal(() -> this.reviews.complete(actor, TourId.of(id)));
		if (refused.isPresent() && refused.get().invalidInput()) {
			// what is missing is marked on the sections of this page, not sent after a redirect
			ClosingReviewView review = this.reviews.get(actor, TourId.of(id));
			model.addAttribute("reflection", ClosingReviewForms.Reflection.of(review));
			model.addAttribute("assessment", ClosingReviewForms.Assessment.of(review));
			model.addAttribute("problem", "tour.closing.incomplete");
			// the header's fallback "new Object[0]" is no valid SpEL: always give the arguments
			model.addAttribute("problemArgs", new Object[0]);
			return page(actor, id, review, model, review.missing());
		}
		refused.ifPresentOrElse((r) -> r.flash(redirect),
				() -> redirect.addFlashAttribute("message", "tour.closing.done"));
		return "redirect:/tours/" + id + "/closing-review";
	}

	private String page(Actor actor, UUID id, ClosingReviewView review, Model model, List<String> missing) {
		io.cocareer.tour.TourView tour = this.tours.get(actor, id);
		model.addAttribute("tour", tour);
		if (!model.containsAttribute("start")) {
			model.addAttribute("start", ClosingReviewForms.Start.of(tour));
		}
		model.addAttribute("profile", this.tours.talentProfile(actor, TourId.of(id)).orElse(null));
		model.addAttribute("tab", "closing");
		// results are reviewed against what the mission said success would be
		model.addAttribute("mission", this.missions.get(actor, TourId.of(id)).latest());
		model.addAttribute("review", review);
		model.addAttribute("missing", missing);
		model.addAttribute("nextSteps", NextStep.values());
		model.addAttribute("nextTour", this.reviews.nextTour(actor, id).orElse(null));
		return VIEW;
	}

}
