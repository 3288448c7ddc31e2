package io.cocareer.tour.agreement.web;

import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.tour.TourService;
import io.cocareer.tour.agreement.MissionConflict;
import io.cocareer.tour.agreement.MissionDiff;
import io.cocareer.tour.agreement.MissionService;
import io.cocareer.tour.agreement.MissionText;
import io.cocareer.tour.agreement.MissionView;
import io.cocareer.tour.web.PageProblems;

import org.springframework.dao.DataIntegrityViolationException;
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
 * A tour's mission conversation: the mission form, its revisions and their differences, comments.
 * A save on an old base re-renders the form with the writer's text, the other version and what
 * changed, so nothing typed is lost.
 */
@Controller
@RequestMapping("/tours/{id}/mission")
class MissionController {

	static final String VIEW = "tours/agreement/mission";

	private final TourService tours;

	private final MissionService missions;

	MissionController(TourService tours, MissionService missions) {
		this.tours = tours;
		this.missions = missions;
	}

	@GetMapping
	String page(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		MissionView mission = this.missions.get(actor, id);
		model.addAttribute("form", MissionForm.of(mission));
		if (to != null) {
			try {
				model.addAttribute("diff", this.missions.diff(actor, id, (from != null) ? from : to - 1, to));
			}
			catch (NotFoundException | InvalidInput ex) {
				model.addAttribute("problem", ex.code());
				model.addAttribute("problemArgs", ex.arguments());
			}
		}
		else if (mission.latest() != null && mission.latestNo() > 1) {
			model.addAttribute("diff", this.missions.diff(actor, id, mission.latestNo() - 1, mission.latestNo()));
		}
		return page(actor, id, mission, model);
	}

	@PostMapping
	String revise(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") MissionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.require(this.missions.get(actor, id).required(), result);
		if (!result.hasErrors()) {
			try {
				int no = this.missions.revise(actor, id, form.text(), form.getBaseRevision());
				redirect.addFlashAttribute("message", "tour.mission.saved");
				redirect.addFlashAttribute("messageArgs", new Object[] { no });
				return "redirect:/tours/" + id + "/mission";
			}
			catch (MissionConflict ex) {
				model.addAttribute("conflict", ex);
				// the next save builds on the version now shown, with the writer's text kept in the form
				form.setBaseRevision(ex.latest().revisionNo());
			}
			catch (InvalidInput ex) {
				PageProblems.reject(result, ex.field(), ex);
			}
			catch (BusinessRuleViolation ex) {
				PageProblems.reject(result, null, ex);
			}
			catch (DataIntegrityViolationException ex) {
				// someone saved the same revision number a moment before: show theirs
				result.reject("tour.mission.raced", "Someone saved at the same moment; compare and save again");
			}
		}
		MissionView mission = this.missions.get(actor, id);
		return page(actor, id, mission, model);
	}

	@PostMapping("/comments")
	String comment(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String body,
			@RequestParam(required = false) Integer revisionNo, RedirectAttributes redirect) {
		try {
			this.missions.comment(actor, id, body, revisionNo);
			redirect.addFlashAttribute("message", "tour.mission.commented");
		}
		catch (InvalidInput | BusinessRuleViolation ex) {
			PageProblems.flash(redirect, ex);
			redirect.addFlashAttribute("commentBody", body);
		}
		return "redirect:/tours/" + id + "/mission#comments";
	}

	private String page(Actor actor, UUID id, MissionView mission, Model model) {
		model.addAttribute("tour", this.tours.get(actor, id));
		model.addAttribute("profile", this.tours.talentProfile(actor, id).orElse(null));
		model.addAttribute("mission", mission);
		model.addAttribute("fields", MissionText.FIELDS);
		model.addAttribute("kinds", MissionDiff.Kind.values());
		return VIEW;
	}

}
