package io.cocareer.tour.agreement.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.TourId;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.tour.TourService;
import io.cocareer.tour.agreement.MissionConflict;
import io.cocareer.tour.agreement.MissionDiff;
import io.cocareer.tour.agreement.MissionService;
import io.cocareer.tour.agreement.MissionText;
import io.cocareer.tour.agreement.MissionView;
import io.cocareer.tour.web.TourPages;

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
		MissionView mission = this.missions.get(actor, TourId.of(id));
		model.addAttribute("form", MissionForm.of(mission));
		if (to != null) {
			// a revision the URL names that does not exist is told above the page
			TourPages.PROBLEMS.shown(model, () -> model.addAttribute("diff",
					this.missions.diff(actor, id, (from != null) ? from : to - 1, to)));
		}
		else if (mission.latest() != null && mission.latestNo() > 1) {
			model.addAttribute("diff", this.missions.diff(actor, id, mission.latestNo() - 1, mission.latestNo()));
		}
		return page(actor, id, mission, model);
	}

	@PostMapping
	String revise(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") MissionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.require(this.missions.get(actor, TourId.of(id)).required(), result);
		if (!result.hasErrors()) {
			int[] no = new int[1];
			try {
				Optional<PageProblems.Refusal> refused = TourPages.PROBLEMS
					.refusal(() -> no[0] = this.missions.revise(actor, TourId.of(id), form.text(), form.getBaseRevision()));
				if (refused.isEmpty()) {
					redirect.addFlashAttribute("message", "tour.mission.saved");
					redirect.addFlashAttribute("messageArgs", new Object[] { no[0] });
					return "redirect:/tours/" + id + "/mission";
				}
				if (refused.get().exception() instanceof MissionConflict conflict) {
					model.addAttribute("conflict", conflict);
					// the next save builds on the version now shown, with the writer's text kept in the form
					form.setBaseRevision(conflict.latest().revisionNo());
				}
				else {
					refused.get().rejectIn(result);
				}
			}
			catch (DataIntegrityViolationException ex) {
				// not a refusal of the service: the unique revision number stopped someone who saved the
				// same revision a moment before; show theirs
				result.reject("tour.mission.raced", "Someone saved at the same moment; compare and save again");
			}
		}
		MissionView mission = this.missions.get(actor, TourId.of(id));
		return page(actor, id, mission, model);
	}

	@PostMapping("/comments")
	String comment(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String body,
			@RequestParam(required = false) Integer revisionNo, RedirectAttributes redirect) {
		if (TourPages.PROBLEMS.attempted(redirect, () -> this.missions.comment(actor, TourId.of(id), body, revisionNo))) {
			redirect.addFlashAttribute("message", "tour.mission.commented");
		}
		else {
			// the comment comes back in its box, to be mended and sent again
			redirect.addFlashAttribute("commentBody", body);
		}
		return "redirect:/tours/" + id + "/mission#comments";
	}

	private String page(Actor actor, UUID id, MissionView mission, Model model) {
		model.addAttribute("tour", this.tours.get(actor, id));
		model.addAttribute("profile", this.tours.talentProfile(actor, TourId.of(id)).orElse(null));
		model.addAttribute("mission", mission);
		model.addAttribute("fields", MissionText.FIELDS);
		model.addAttribute("kinds", MissionDiff.Kind.values());
		return VIEW;
	}

}
