package io.cocareer.toolbox.rotation.web;

import java.util.List;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.toolbox.rotation.Candidates;
import io.cocareer.toolbox.rotation.PlanView;
import io.cocareer.toolbox.rotation.RotationService;
import io.cocareer.toolbox.rotation.RuleKind;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of rotation planning: the plans, a new plan (cohort and packages), and a plan with its
 * pairs and their reasons, the unplaced and why, the lead's pins and forbids, re-running and
 * confirming. Refusals show next to their field or above the page.
 */
@Controller
@RequestMapping("/toolbox/rotation")
class RotationController {

	private static final PageProblems PROBLEMS = new PageProblems("toolbox.rotation.stale.version");

	private final RotationService rotation;

	RotationController(RotationService rotation) {
		this.rotation = rotation;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("plans", this.rotation.list(actor));
		model.addAttribute("mayPlan", this.rotation.mayPlan(actor));
		return "toolbox/rotation/list";
	}

	@GetMapping("/new")
	String newPlan(Actor actor, @RequestParam(required = false) String unit, Model model) {
		PlanForm form = new PlanForm();
		form.setUnit(unit);
		return newPage(actor, form, model);
	}

	@PostMapping
	String create(Actor actor, @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		for (InvalidInput problem : RotationService.createProblems(form.toCommand())) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.code(), problem.arguments(), problem.getMessage());
			}
		}
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, "name", () -> this.rotation.create(actor, form.toCommand()));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "toolbox.rotation.created");
				return "redirect:/toolbox/rotation/" + created.get();
			}
		}
		return newPage(actor, form, model);
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		PlanView plan = this.rotation.get(actor, id);
		model.addAttribute("plan", plan);
		model.addAttribute("ruleKinds", List.of(RuleKind.values()));
		return "toolbox/rotation/plan";
	}

	@PostMapping("/{id}/rules")
	String rule(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID personId,
			@RequestParam(required = false) UUID packageId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		RuleKind chosen = ("PIN".equals(kind)) ? RuleKind.PIN : ("FORBID".equals(kind)) ? RuleKind.FORBID : null;
		if (PROBLEMS.attempted(redirect,
				() -> this.rotation.rule(actor, id, personId, packageId, chosen, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "toolbox.rotation.ruled");
		}
		return "redirect:/toolbox/rotation/" + id;
	}

	@PostMapping("/{id}/run")
	String run(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.rotation.rerun(actor, id, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "toolbox.rotation.rerun");
		}
		return "redirect:/toolbox/rotation/" + id;
	}

	@PostMapping("/{id}/confirm")
	String confirm(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.rotation.confirm(actor, id, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "toolbox.rotation.confirmedNow");
		}
		return "redirect:/toolbox/rotation/" + id;
	}

	@PostMapping("/{id}/discard")
	String discard(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.rotation.discard(actor, id, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "toolbox.rotation.discarded");
			return "redirect:/toolbox/rotation";
		}
		return "redirect:/toolbox/rotation/" + id;
	}

	private String newPage(Actor actor, PlanForm form, Model model) {
		Candidates candidates = this.rotation.candidates(actor, form.getUnit());
		model.addAttribute("planForm", form);
		model.addAttribute("candidates", candidates);
		model.addAttribute("units", this.rotation.unitNames());
		return "toolbox/rotation/new";
	}

}
