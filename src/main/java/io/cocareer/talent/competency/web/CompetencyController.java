package io.cocareer.talent.competency.web;


import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.competency.CompetencyService;
import io.cocareer.talent.web.TalentPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The competency catalogue, kept by the talent lead. */
@Controller
@RequestMapping("/talents/competencies")
class CompetencyController implements TalentPage {

	private final CompetencyService competencies;

	CompetencyController(CompetencyService competencies) {
		this.competencies = competencies;
	}

	@GetMapping
	String catalogue(Actor actor, Model model) {
		model.addAttribute("form", new CompetencyForm());
		return page(actor, model);
	}

	@PostMapping
	String add(Actor actor, @Valid @ModelAttribute("form") CompetencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(actor, model);
		}
		// a broken rule of the catalogue is a name used twice
		if (PROBLEMS.saved(result, (ex) -> (ex instanceof InvalidInput invalid) ? invalid.field() : "name",
				() -> this.competencies.addCompetency(actor, form.getName(), form.getCategory(),
						form.getDescription()))) {
			redirect.addFlashAttribute("message", "talent.competency.added");
			return "redirect:/talents/competencies";
		}
		return page(actor, model);
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("byCategory", CompetencyView.byCategory(this.competencies.catalogueForLead(actor)));
		return "talents/competency/competencies";
	}


}
