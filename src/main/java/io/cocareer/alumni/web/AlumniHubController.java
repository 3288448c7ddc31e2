package io.cocareer.alumni.web;

import io.cocareer.shared.Actor;
import io.cocareer.shared.web.PageSections;
import io.cocareer.shared.web.PageSlot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The alumni programme's page for the organisation's staff: one card per part of the programme the
 * reader works with (the nested modules contribute them, each deciding who sees its card), in the
 * order of the seeds' steps, so the navigation bar keeps a single link for all of it.
 */
@Controller
class AlumniHubController {

	private final PageSections sections;

	AlumniHubController(PageSections sections) {
		this.sections = sections;
	}

	@GetMapping("/alumni")
	String hub(Actor actor, Model model) {
		model.addAttribute("sections", this.sections.of(PageSlot.ALUMNI, actor, null));
		return "alumni/hub";
	}

}
