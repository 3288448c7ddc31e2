package io.cocareer.alumni.mobility.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import io.cocareer.alumni.mobility.CareerHorizonService;
import io.cocareer.alumni.mobility.HorizonKind;
import io.cocareer.alumni.mobility.HorizonView;
import io.cocareer.alumni.mobility.MobilityPolicyService;
import io.cocareer.alumni.mobility.PolicyVersionView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
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
 * The mobility pages: the policy in force with the Right of First Conversation, its history and
 * what changed between two versions, the talent lead's editor, a talent's own career horizon, and
 * the list of horizons the reader may see (all for the talent lead, shared ones of reports for a
 * manager).
 */
@Controller
@RequestMapping("/mobility")
class MobilityController {

	private static final PageProblems PROBLEMS = new PageProblems("alumni.mobility.stale");

	private final MobilityPolicyService policy;

	private final CareerHorizonService horizons;

	MobilityController(MobilityPolicyService policy, CareerHorizonService horizons) {
		this.policy = policy;
		this.horizons = horizons;
	}

	@GetMapping
	String policy(Actor actor, Model model) {
		Optional<PolicyVersionView> current = this.policy.current(actor);
		model.addAttribute("current", current.orElse(null));
		model.addAttribute("mayPublish", this.policy.mayPublish(actor));
		model.addAttribute("mayHaveHorizon", this.horizons.mayHaveHorizon(actor));
		model.addAttribute("mayReadHorizons", this.horizons.mayReadList(actor));
		return "alumni/mobility/policy";
	}

	@GetMapping("/versions")
	String versions(Actor actor, Model model) {
		List<PolicyVersionView> versions = this.policy.versions(actor);
		model.addAttribute("versions", versions);
		model.addAttribute("mayPublish", this.policy.mayPublish(actor));
		return "alumni/mobility/versions";
	}

	@GetMapping("/versions/{number}")
	String version(Actor actor, @PathVariable int number, Model model) {
		model.addAttribute("version", this.policy.version(actor, number));
		model.addAttribute("latest", this.policy.current(actor).map(PolicyVersionView::number).orElse(number));
		return "alumni/mobility/version";
	}

	/** What changed between two versions; by default the one asked for against the one before it. */
	@GetMapping("/compare")
	String compare(Actor actor, @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			Model model) {
		List<PolicyVersionView> versions = this.policy.versions(actor);
		model.addAttribute("versions", versions);
		if (versions.size() < 2) {
			model.addAttribute("diff", null);
			return "alumni/mobility/compare";
		}
		int newer = (to != null) ? to : versions.get(0).number();
		int older = (from != null) ? from : Math.max(1, newer - 1);
		if (older == newer) {
			older = (newer > 1) ? newer - 1 : newer + 1;
		}
		model.addAttribute("diff", this.policy.diff(actor, older, newer));
		return "alumni/mobility/compare";
	}

	@GetMapping("/edit")
	String edit(Actor actor, Model model) {
		requirePublish(actor);
		return editPage(actor, PolicyForm.of(this.policy.current(actor).orElse(null)), model);
	}

	@PostMapping("/edit")
	String publish(Actor actor, @Valid @ModelAttribute("policyForm") PolicyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requirePublish(actor);
		if (!result.hasErrors()) {
			var published = PROBLEMS.created(result, () -> this.policy.publish(actor, form.toCommand()));
			if (published.isPresent()) {
				redirect.addFlashAttribute("message", "alumni.mobility.policy.published");
				return "redirect:/mobility";
			}
		}
		return editPage(actor, form, model);
	}

	@GetMapping("/horizon")
	String horizon(Actor actor, Model model) {
		return horizonPage(actor, HorizonForm.of(this.horizons.mine(actor).orElse(null)), model);
	}

	@PostMapping("/horizon")
	String setHorizon(Actor actor, @Valid @ModelAttribute("horizonForm") HorizonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, () -> this.horizons.set(actor, form.toCommand(), form.getVersion()))) {
			redirect.addFlashAttribute("message", "alumni.mobility.horizon.saved");
			return "redirect:/mobility/horizon";
		}
		return horizonPage(actor, form, model);
	}

	@PostMapping("/horizon/clear")
	String clearHorizon(Actor actor, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.horizons.clear(actor))) {
			redirect.addFlashAttribute("message", "alumni.mobility.horizon.cleared");
		}
		return "redirect:/mobility/horizon";
	}

	@GetMapping("/horizons")
	String horizons(Actor actor, Model model) {
		List<HorizonView> list = this.horizons.list(actor);
		model.addAttribute("horizons", list);
		model.addAttribute("readsAll", this.horizons.readsAll(actor));
		model.addAttribute("outside", list.stream().filter(HorizonView::exploringOutside).count());
		return "alumni/mobility/horizons";
	}

	private String editPage(Actor actor, PolicyForm form, Model model) {
		Optional<PolicyVersionView> current = this.policy.current(actor);
		model.addAttribute("policyForm", form);
		model.addAttribute("current", current.orElse(null));
		return "alumni/mobility/edit";
	}

	private String horizonPage(Actor actor, HorizonForm form, Model model) {
		Optional<HorizonView> mine = this.horizons.mine(actor);
		model.addAttribute("horizonForm", form);
		model.addAttribute("mine", mine.orElse(null));
		model.addAttribute("kinds", List.of(HorizonKind.values()));
		model.addAttribute("months", HorizonKind.MONTHS);
		return "alumni/mobility/horizon";
	}

	private void requirePublish(Actor actor) {
		if (!this.policy.mayPublish(actor)) {
			throw new PermissionDenied("alumni.mobility.denied.publish", "Only the talent lead publishes the mobility policy");
		}
	}

}
