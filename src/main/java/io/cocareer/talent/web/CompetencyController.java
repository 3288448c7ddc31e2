package io.cocareer.talent.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.TalentService;

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
class CompetencyController {

	private final TalentService talents;

	CompetencyController(TalentService talents) {
		this.talents = talents;
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
		try {
			this.talents.addCompetency(actor, form.getName(), form.getCategory(), form.getDescription());
			redirect.addFlashAttribute("message", "talent.competency.added");
			return "redirect:/talents/competencies";
		}
		catch (InvalidInput ex) {
			TalentPoolController.reject(result, ex.field(), ex.code(), ex.arguments(), ex.getMessage());
		}
		catch (BusinessRuleViolation ex) {
			result.rejectValue("name", ex.code(), ex.arguments(), ex.getMessage());
		}
		return page(actor, model);
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("byCategory", byCategory(this.talents.catalogueForLead(actor)));
		return "talents/competencies";
	}

	static Map<String, List<CompetencyView>> byCategory(List<CompetencyView> catalogue) {
		Map<String, List<CompetencyView>> byCategory = new LinkedHashMap<>();
		for (CompetencyView competency : catalogue) {
			byCategory.computeIfAbsent(competency.category(), (key) -> new ArrayList<>()).add(competency);
		}
		return byCategory;
	}

}
