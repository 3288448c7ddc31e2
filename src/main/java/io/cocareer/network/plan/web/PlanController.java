package io.cocareer.network.plan.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.validation.Valid;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.plan.ActivityKind;
import io.cocareer.network.plan.ActivityStatus;
import io.cocareer.network.plan.Money;
import io.cocareer.network.plan.PeopleMetRefused;
import io.cocareer.network.plan.PlanService;
import io.cocareer.network.plan.PlanView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My development plan": the signed-in talent's activities by status, the gaps no activity works
 * towards yet, the fund bar, and the forms to plan, change, cancel and record an activity done.
 * Only ever the reader's own plan.
 */
@Controller
@RequestMapping("/network/plan")
class PlanController implements PlanPage {

	private final PlanService plans;

	PlanController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping
	String plan(Actor actor, Model model, Locale locale) {
		PlanView plan = this.plans.myPlan(actor);
		model.addAttribute("plan", plan);
		model.addAttribute("groups", List.of(ActivityStatus.values()));
		model.addAttribute("gapNames", gapNames(plan));
		model.addAttribute("maySpend", this.plans.maySpend(actor));
		model.addAttribute("money", new Amounts(this.plans.currency(), locale));
		return "network/plan/plan";
	}

	@GetMapping("/activities/new")
	String newActivity(Actor actor, @RequestParam(required = false) UUID gap, Model model, Locale locale) {
		ActivityForm form = new ActivityForm();
		if (gap != null) {
			form.getGapIds().add(gap);
		}
		return activityPage(actor, null, form, model, locale);
	}

	@PostMapping("/activities")
	String addActivity(Actor actor, @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.created(result, "estimatedCost",
				() -> this.plans.addActivity(actor, form.toCommand())).isPresent()) {
			redirect.addFlashAttribute("message", "network.plan.activity.added");
			return "redirect:/network/plan";
		}
		return activityPage(actor, null, form, model, locale);
	}

	@GetMapping("/activities/{activityId}/edit")
	String editActivity(Actor actor, @PathVariable UUID activityId, Model model, Locale locale) {
		PlanView.ActivityView activity = this.plans.activity(actor, activityId);
		return activityPage(actor, activity, ActivityForm.of(activity), model, locale);
	}

	@PostMapping("/activities/{activityId}/edit")
	String changeActivity(Actor actor, @PathVariable UUID activityId,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		PlanView.ActivityView activity = this.plans.activity(actor, activityId);
		if (!result.hasErrors() && PROBLEMS.saved(result, "estimatedCost",
				() -> this.plans.changeActivity(actor, activityId, form.toCommand(), form.getVersion()))) {
			redirect.addFlashAttribute("message", "network.plan.activity.changed");
			return "redirect:/network/plan";
		}
		return activityPage(actor, activity, form, model, locale);
	}

	@PostMapping("/activities/{activityId}/cancel")
	String cancelActivity(Actor actor, @PathVariable UUID activityId, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.plans.cancelActivity(actor, activityId))) {
			redirect.addFlashAttribute("message", "network.plan.activity.cancelled");
		}
		return "redirect:/network/plan";
	}

	@GetMapping("/activities/{activityId}/done")
	String doneForm(Actor actor, @PathVariable UUID activityId, Model model, Locale locale) {
		PlanView.ActivityView activity = this.plans.activity(actor, activityId);
		return donePage(activity, DoneForm.of(Money.amount(activity.estimatedCents())), model, locale);
	}

	@PostMapping("/activities/{activityId}/done")
	String recordDone(Actor actor, @PathVariable UUID activityId, @Valid @ModelAttribute("doneForm") DoneForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		PlanView.ActivityView activity = this.plans.activity(actor, activityId);
		AtomicReference<List<UUID>> added = new AtomicReference<>(List.of());
		if (!result.hasErrors()) {
			Optional<PageProblems.Refusal> refusal = PROBLEMS
				.refusal(() -> added.set(this.plans.recordDone(actor, activityId, form.toCommand())));
			if (refusal.isEmpty()) {
				redirect.addFlashAttribute("message", "network.plan.done.recorded");
				if (!added.get().isEmpty()) {
					redirect.addFlashAttribute("addedToMap", added.get().size());
				}
				return "redirect:/network/plan";
			}
			if (refusal.get().exception() instanceof PeopleMetRefused people) {
				// each person who could not go onto the map, next to their own row
				people.rows().forEach((row) -> {
					String field = row.field().replaceFirst("\\[\\d+]", "[" + form.formRowOf(row.index()) + "]");
					result.rejectValue(field, row.code(), row.arguments(), row.message());
				});
			}
			else {
				// over the fund: next to the cost; done twice or not begun yet: above the form
				String field = refusal.get().code().startsWith("network.plan.fund.") ? "actualCost" : refusal.get().field();
				refusal.get().rejectIn(result, (field != null && result.getFieldType(field) != null) ? field : null);
			}
		}
		return donePage(activity, form, model, locale);
	}

	private String activityPage(Actor actor, PlanView.ActivityView activity, ActivityForm form, Model model,
			Locale locale) {
		PlanView plan = this.plans.myPlan(actor);
		model.addAttribute("activity", activity);
		model.addAttribute("activityForm", form);
		model.addAttribute("gaps", plan.gaps());
		model.addAttribute("kinds", List.of(ActivityKind.values()));
		model.addAttribute("fund", plan.fund());
		model.addAttribute("money", new Amounts(this.plans.currency(), locale));
		return "network/plan/activity";
	}

	private String donePage(PlanView.ActivityView activity, DoneForm form, Model model, Locale locale) {
		form.fill();
		model.addAttribute("activity", activity);
		model.addAttribute("doneForm", form);
		model.addAttribute("arenas", List.of(Arena.values()));
		model.addAttribute("roles", List.of(DeveloperRole.values()));
		model.addAttribute("money", new Amounts(this.plans.currency(), locale));
		return "network/plan/done";
	}

	private static java.util.Map<UUID, String> gapNames(PlanView plan) {
		java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
		plan.gaps().forEach((g) -> names.put(g.id(), g.description()));
		return names;
	}

}
