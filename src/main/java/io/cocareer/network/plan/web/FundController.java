package io.cocareer.network.plan.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.network.plan.FundService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

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
 * The talent lead's networking funds: each talent's budget, committed, spent and left for a year,
 * in figures only, and a budget set per talent. Nothing of a plan shows here.
 */
@Controller
@RequestMapping("/network/fund")
class FundController implements PlanPage {

	private final FundService funds;

	private final PeopleDirectory people;

	FundController(FundService funds, PeopleDirectory people) {
		this.funds = funds;
		this.people = people;
	}

	@GetMapping
	String funds(Actor actor, @RequestParam(required = false) Integer year, Model model, Locale locale) {
		return page(actor, year, null, null, new BudgetForm(), model, locale);
	}

	/** Sets the budget of a talent of the list. */
	@PostMapping("/{personId}")
	String setBudget(Actor actor, @PathVariable UUID personId, @RequestParam(required = false) Integer year,
			@Valid @ModelAttribute("budgetForm") BudgetForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		int fundYear = (year != null) ? year : this.funds.thisYear();
		if (!result.hasErrors() && PROBLEMS.saved(result, "budget",
				() -> this.funds.setBudget(actor, PersonId.of(personId), fundYear, form.getBudget()))) {
			redirect.addFlashAttribute("message", "network.fund.saved");
			return "redirect:/network/fund?year=" + fundYear;
		}
		return page(actor, fundYear, personId, form, new BudgetForm(), model, locale);
	}

	/** Sets the budget of a talent not on the list yet, picked by employee ID. */
	@PostMapping
	String setBudgetOfAnother(Actor actor, @RequestParam(required = false) Integer year,
			@Valid @ModelAttribute("otherForm") BudgetForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		int fundYear = (year != null) ? year : this.funds.thisYear();
		String employeeId = (form.getEmployeeId() != null) ? form.getEmployeeId().strip() : "";
		Optional<UUID> personId = employeeId.isEmpty() ? Optional.empty() : this.people.personIdOf(employeeId);
		if (personId.isEmpty()) {
			result.rejectValue("employeeId", employeeId.isEmpty() ? "network.plan.field.required" : "network.fund.unknownEmployee");
		}
		if (!result.hasErrors() && PROBLEMS.saved(result, "budget",
				() -> this.funds.setBudget(actor, PersonId.of(personId.get()), fundYear, form.getBudget()))) {
			redirect.addFlashAttribute("message", "network.fund.saved");
			return "redirect:/network/fund?year=" + fundYear;
		}
		return page(actor, fundYear, null, null, form, model, locale);
	}

	private String page(Actor actor, Integer year, UUID rowWithErrors, BudgetForm rowForm, BudgetForm otherForm,
			Model model, Locale locale) {
		int fundYear = (year != null) ? year : this.funds.thisYear();
		int thisYear = this.funds.thisYear();
		model.addAttribute("year", fundYear);
		model.addAttribute("years", java.util.List.of(thisYear - 1, thisYear, thisYear + FundService.YEARS_AHEAD));
		// a year out of range is refused by the service as any other request is
		model.addAttribute("funds", this.funds.funds(actor, fundYear));
		model.addAttribute("rowWithErrors", rowWithErrors);
		model.addAttribute("budgetForm", (rowForm != null) ? rowForm : new BudgetForm());
		model.addAttribute("otherForm", otherForm);
		model.addAttribute("defaultBudget", this.funds.defaultBudgetCents());
		model.addAttribute("money", new Amounts(this.funds.currency(), locale));
		return "network/plan/fund";
	}


}
