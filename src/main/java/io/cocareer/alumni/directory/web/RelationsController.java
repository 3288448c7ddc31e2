package io.cocareer.alumni.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.directory.AlumniRelations;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The talent lead's pages of the alumni relations: every alumnus, one alumnus with their record,
 * profile and interactions (record one, mark a referral hired, the distinguished tier), and the
 * tier rules with how many alumni each holds.
 */
@Controller
class RelationsController {

	private static final PageProblems PROBLEMS = PageProblems.SHARED;

	private final AlumniRelations relations;

	private final Clock clock;

	RelationsController(AlumniRelations relations, Clock clock) {
		this.relations = relations;
		this.clock = clock;
	}

	@GetMapping("/alumni/people")
	String alumni(Actor actor, @RequestParam(required = false) AlumniTier tier,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("alumni", this.relations.alumni(actor, tier, Paging.of(page, 50)));
		model.addAttribute("tier", tier);
		model.addAttribute("tiers", List.of(AlumniTier.values()));
		model.addAttribute("baseUrl", "/alumni/people?tier=" + ((tier != null) ? tier : ""));
		return "alumni/directory/people";
	}

	@GetMapping("/alumni/people/{personId}")
	String alumnus(Actor actor, @PathVariable UUID personId, Model model) {
		InteractionForm form = new InteractionForm();
		form.setOccurredOn(LocalDate.now(this.clock));
		return alumnusPage(actor, personId, form, model);
	}

	@PostMapping("/alumni/people/{personId}/interactions")
	String record(Actor actor, @PathVariable UUID personId, @Valid @ModelAttribute("interactionForm") InteractionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			var recorded = PROBLEMS.created(result,
					() -> this.relations.recordInteraction(actor, PersonId.of(personId), form.toCommand()));
			if (recorded.isPresent()) {
				redirect.addFlashAttribute("message", "alumni.directory.interaction.recorded");
				return "redirect:/alumni/people/" + personId;
			}
		}
		return alumnusPage(actor, personId, form, model);
	}

	@PostMapping("/alumni/people/{personId}/interactions/{interactionId}/hired")
	String hired(Actor actor, @PathVariable UUID personId, @PathVariable UUID interactionId,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.relations.markReferralHired(actor, interactionId))) {
			redirect.addFlashAttribute("message", "alumni.directory.interaction.hired");
		}
		return "redirect:/alumni/people/" + personId;
	}

	@PostMapping("/alumni/people/{personId}/distinguished")
	String distinguished(Actor actor, @PathVariable UUID personId, @RequestParam boolean distinguished,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect,
				() -> this.relations.setDistinguished(actor, PersonId.of(personId), distinguished))) {
			redirect.addFlashAttribute("message",
					distinguished ? "alumni.directory.distinguished.invited" : "alumni.directory.distinguished.revoked");
		}
		return "redirect:/alumni/people/" + personId;
	}

	@GetMapping("/alumni/tiers")
	String tiers(Actor actor, Model model) {
		model.addAttribute("counts", this.relations.tiers(actor));
		model.addAttribute("k", this.relations.minGroupSize());
		return "alumni/directory/tiers";
	}

	private String alumnusPage(Actor actor, UUID personId, InteractionForm form, Model model) {
		model.addAttribute("alumnus", this.relations.alumnus(actor, PersonId.of(personId)));
		model.addAttribute("interactionForm", form);
		model.addAttribute("kinds", List.of(InteractionKind.values()));
		return "alumni/directory/person";
	}

}
