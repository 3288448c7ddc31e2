package io.cocareer.alumni.entry.web;

import java.util.UUID;

import io.cocareer.alumni.entry.EntryService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alumni programme at entry: the welcome page with its "I have read this" button, and the
 * talent lead's coverage of hires with the worklist of new hires still to acknowledge.
 */
@Controller
class EntryController {

	private static final PageProblems PROBLEMS = new PageProblems("alumni.entry.stale");

	private final EntryService entry;

	EntryController(EntryService entry) {
		this.entry = entry;
	}

	@GetMapping("/alumni/welcome")
	String welcome(Actor actor, Model model) {
		model.addAttribute("welcome", this.entry.welcome(actor));
		return "alumni/entry/welcome";
	}

	@PostMapping("/alumni/welcome/acknowledgement")
	String acknowledge(Actor actor, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.entry.acknowledge(actor))) {
			redirect.addFlashAttribute("message", "alumni.entry.acknowledged");
		}
		return "redirect:/alumni/welcome";
	}

	@GetMapping("/alumni/entry/coverage")
	String coverage(Actor actor, Model model) {
		model.addAttribute("coverage", this.entry.coverage(actor));
		return "alumni/entry/coverage";
	}

	@PostMapping("/alumni/entry/coverage/reminders/{personId}")
	String remind(Actor actor, @PathVariable UUID personId, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.entry.remind(actor, personId))) {
			redirect.addFlashAttribute("message", "alumni.entry.reminded");
		}
		return "redirect:/alumni/entry/coverage";
	}

}
