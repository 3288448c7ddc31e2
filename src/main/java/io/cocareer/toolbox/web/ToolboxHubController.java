package io.cocareer.toolbox.web;

import io.cocareer.shared.Actor;
import io.cocareer.shared.web.PageSections;
import io.cocareer.shared.web.PageSlot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The toolbox page for the organisation's staff: one card per practice and tool the reader works
 * with (the nested modules contribute them, each deciding who sees its card), so the navigation bar
 * keeps a single link for all of it.
 */
@Controller
class ToolboxHubController {

	private final PageSections sections;

	ToolboxHubController(PageSections sections) {
		this.sections = sections;
	}

	@GetMapping("/toolbox")
	String hub(Actor actor, Model model) {
		model.addAttribute("sections", this.sections.of(PageSlot.TOOLBOX, actor, null));
		return "toolbox/hub";
	}

}
