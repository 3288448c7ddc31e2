package io.cocareer.alumni.reentry.web;

import jakarta.validation.Valid;

import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.reentry.ReentryService;
import io.cocareer.alumni.reentry.ReentryStatus;
import io.cocareer.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alumnus' "come back" page in the portal: their requests with their status (and the
 * decision once made, never the evaluation), and the form to ask while none is open.
 */
@Controller
@RequestMapping("/portal/return")
class PortalReturnController {

	private final ReentryService reentry;

	PortalReturnController(ReentryService reentry) {
		this.reentry = reentry;
	}

	@GetMapping
	String page(Actor actor, Model model) {
		return page(actor, new ReturnForm(), model);
	}

	@PostMapping
	String ask(Actor actor, @Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getWhyReturn() == null || form.getWhyReturn().isBlank()) {
			result.rejectValue("whyReturn", "alumni.reentry.whyRequired");
		}
		if (!result.hasErrors()
				&& ReentryController.PROBLEMS.created(result, "targetRole",
						() -> this.reentry.ask(actor, ReentryController.ask(form))).isPresent()) {
			redirect.addFlashAttribute("message", "alumni.reentry.asked");
			return "redirect:/portal/return";
		}
		return page(actor, form, model);
	}

	private String page(Actor actor, ReturnForm form, Model model) {
		var mine = this.reentry.mine(actor);
		model.addAttribute("requests", mine);
		model.addAttribute("open", mine.stream().anyMatch((r) -> r.status() == ReentryStatus.ASKED
				|| r.status() == ReentryStatus.UNDER_EVALUATION
				|| (r.status() == ReentryStatus.DECIDED && r.decision() == ReentryDecision.FIT)));
		model.addAttribute("mayAsk", this.reentry.mayAsk(actor));
		model.addAttribute("returnForm", form);
		return "alumni/reentry/portal";
	}

}
