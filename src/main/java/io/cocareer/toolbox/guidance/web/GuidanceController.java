package io.cocareer.toolbox.guidance.web;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.guidance.GuidanceService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The guidance pages: when to use which approach, with the classic toolbox and the three
 * approaches' checklists ({@code /toolbox/guidance}), and each approach's seven steps
 * ({@code /toolbox/guidance/tours-of-duty} …). Staff read them; the talent lead sees the progress.
 */
@Controller
@RequestMapping("/toolbox/guidance")
class GuidanceController {

	private final GuidanceService guidance;

	GuidanceController(GuidanceService guidance) {
		this.guidance = guidance;
	}

	@GetMapping
	String whenToUse(Actor actor, Model model) {
		model.addAttribute("whenToUse", this.guidance.whenToUse(actor));
		model.addAttribute("approaches", this.guidance.approaches(actor));
		model.addAttribute("maySeeProgress", this.guidance.maySeeProgress(actor));
		return "toolbox/guidance/index";
	}

	@GetMapping("/{slug}")
	String approach(Actor actor, @PathVariable String slug, Model model) {
		Approach approach = GuidanceService.bySlug(slug)
			.orElseThrow(() -> new NotFoundException("toolbox.guidance.approach.notFound", "There is no such approach"));
		model.addAttribute("guide", this.guidance.approach(actor, approach));
		model.addAttribute("maySeeProgress", this.guidance.maySeeProgress(actor));
		model.addAttribute("k", this.guidance.minGroupSize());
		return "toolbox/guidance/approach";
	}

}
