package io.cocareer.alumni.exit.web;

import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.exit.ExitReasonService;
import io.cocareer.alumni.exit.SaveExitReason;
import io.cocareer.alumni.exit.web.ExitForms.ExitReasonForm;
import io.cocareer.shared.Actor;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The talent lead's taxonomy of exit reasons: the list, a reason added, a reason changed. */
@Controller
@RequestMapping("/alumni/exit-reasons")
class ExitReasonController {

	private static final PageProblems PROBLEMS = new PageProblems("alumni.exit.stale");

	private final ExitReasonService reasons;

	ExitReasonController(ExitReasonService reasons) {
		this.reasons = reasons;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		return page(actor, new ExitReasonForm(), model);
	}

	@PostMapping
	String add(Actor actor, @ModelAttribute("reasonForm") ExitReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (PROBLEMS.saved(result, () -> this.reasons.create(actor,
				new SaveExitReason(form.getCode(), form.getLabel(), form.getKind(), form.isActive())))) {
			redirect.addFlashAttribute("message", "alumni.exit.reasons.added");
			return "redirect:/alumni/exit-reasons";
		}
		return page(actor, form, model);
	}

	@PostMapping("/{code}")
	String change(Actor actor, @PathVariable String code, @ModelAttribute("reasonForm") ExitReasonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.reasons.change(actor, code,
				new SaveExitReason(code, form.getLabel(), form.getKind(), form.isActive()), form.getVersion()))) {
			redirect.addFlashAttribute("message", "alumni.exit.reasons.changed");
		}
		return "redirect:/alumni/exit-reasons";
	}

	private String page(Actor actor, ExitReasonForm form, Model model) {
		model.addAttribute("reasons", this.reasons.all(actor));
		model.addAttribute("reasonForm", form);
		model.addAttribute("kinds", ExitReasonKind.values());
		return "alumni/exit/reasons";
	}

}
