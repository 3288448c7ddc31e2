package io.cocareer.people.web;

import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Leaving and coming back: the forms on the person page (talent lead and administrators). */
@Controller
@RequestMapping("/people/{id}")
class EmploymentController {

	private final PeopleService people;

	EmploymentController(PeopleService people) {
		this.people = people;
	}

	@PostMapping("/leaving")
	String recordLeaving(@PathVariable UUID id, @Valid @ModelAttribute("leaving") LeavingForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (PageProblems.SHARED.saved(result, "leftOn", () -> this.people.recordLeaving(actor, id, form.getLeftOn(), form.getReason().strip()))) {
				redirect.addFlashAttribute("message", "people.left");
				return "redirect:/people/" + id;
			}
		}
		PersonViews.show(model, this.people.profile(actor, id), this.people.units(actor), form, new RehireForm());
		model.addAttribute("openForm", "leaving");
		return "people/detail";
	}

	@PostMapping("/rehire")
	String rehire(@PathVariable UUID id, @Valid @ModelAttribute("rehire") RehireForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (PageProblems.SHARED.saved(result, "rehiredOn", () -> this.people.rehire(actor, id, form.getRehiredOn(), form.getUnitId()))) {
				redirect.addFlashAttribute("message", "people.rehired");
				return "redirect:/people/" + id;
			}
		}
		PersonViews.show(model, this.people.profile(actor, id), this.people.units(actor), new LeavingForm(), form);
		model.addAttribute("openForm", "rehire");
		return "people/detail";
	}


	/** Erases a person who has left, once the talent lead has ticked the confirmation. */
	@PostMapping("/erasure")
	String erase(@PathVariable UUID id, @Valid @ModelAttribute("erasure") ErasureForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		this.people.requireErase(actor);
		if (!result.hasErrors()) {
			if (PageProblems.SHARED.saved(result, "confirmed", () -> this.people.erase(actor, id))) {
				redirect.addFlashAttribute("message", "people.erased");
				return "redirect:/people/" + id;
			}
		}
		PersonViews.show(model, this.people.profile(actor, id), this.people.units(actor), new LeavingForm(),
				new RehireForm());
		model.addAttribute("openForm", "erasure");
		return "people/detail";
	}

}
