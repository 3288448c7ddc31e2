package io.cocareer.people.web;

import jakarta.validation.Valid;

import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation units with their headcount, and a form to add one. */
@Controller
@RequestMapping("/units")
class UnitController {

	private final PeopleService people;

	UnitController(PeopleService people) {
		this.people = people;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("form", new UnitForm());
		model.addAttribute("units", this.people.units(actor));
		return "units/list";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (PageProblems.SHARED.saved(result, UnitController::fieldOf,
					() -> this.people.createUnit(actor, form.getCode(), form.getName(), form.getParentId()))) {
				redirect.addFlashAttribute("message", "people.unit.created");
				return "redirect:/units";
			}
		}
		model.addAttribute("units", this.people.units(actor));
		return "units/list";
	}

	private static String fieldOf(DomainException ex) {
		if (PageProblems.fieldOf(ex) != null) {
			return PageProblems.fieldOf(ex);
		}
		return "people.rule.duplicateUnitCode".equals(ex.code()) ? "code" : "parentId";
	}

}
