package io.cocareer.people.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing a person: one form for both; rule violations land next to their field. */
@Controller
@RequestMapping("/people")
class PersonFormController {

	private static final String VIEW_FORM = "people/form";

	/** Which form field a service rule is about. */
	private static final Map<String, String> RULE_FIELDS = Map.of("people.rule.duplicateEmail", "email",
			"people.rule.duplicateEmployeeId", "employeeId", "people.rule.unknownUnit", "unitId",
			"people.rule.unknownManager", "managerEmployeeId", "people.rule.managerCycle", "managerEmployeeId",
			"people.rule.selfManager", "managerEmployeeId");

	private final PeopleService people;

	private final PeopleDirectory directory;

	PersonFormController(PeopleService people, PeopleDirectory directory) {
		this.people = people;
		this.directory = directory;
	}

	@GetMapping("/new")
	String initCreationForm(Actor actor, Model model) {
		this.people.requireManagePeople(actor);
		return showForm(actor, model, new PersonForm(), null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		Optional<UUID> managerId = resolveManager(form, result);
		if (result.hasErrors()) {
			return showForm(actor, model, form, null);
		}
		Optional<UUID> id = PageProblems.SHARED.created(result, PersonFormController::fieldOf,
				() -> this.people.create(actor, form.toCommand(managerId.orElse(null))));
		if (id.isPresent()) {
			redirect.addFlashAttribute("message", "people.created");
			return "redirect:/people/" + id.get();
		}
		return showForm(actor, model, form, null);
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Actor actor, Model model) {
		this.people.requireManagePeople(actor);
		return showForm(actor, model, PersonForm.from(this.people.profile(actor, id)), id);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") PersonForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		Optional<UUID> managerId = resolveManager(form, result);
		if (result.hasErrors()) {
			return showForm(actor, model, form, id);
		}
		long version = (form.getVersion() != null) ? form.getVersion() : -1;
		if (PageProblems.SHARED.saved(result, PersonFormController::fieldOf,
				() -> this.people.update(actor, id, form.toCommand(managerId.orElse(null)), version))) {
			redirect.addFlashAttribute("message", "people.updated");
			return "redirect:/people/" + id;
		}
		return showForm(actor, model, form, id);
	}

	private Optional<UUID> resolveManager(PersonForm form, BindingResult result) {
		String managerEmployeeId = form.getManagerEmployeeId();
		if (managerEmployeeId == null || managerEmployeeId.isBlank() || result.hasFieldErrors("managerEmployeeId")) {
			return Optional.empty();
		}
		Optional<UUID> managerId = this.directory.personIdOf(managerEmployeeId);
		if (managerId.isEmpty()) {
			result.rejectValue("managerEmployeeId", "people.rule.unknownManager", "No one has this employee id");
		}
		return managerId;
	}

	private String showForm(Actor actor, Model model, PersonForm form, UUID personId) {
		model.addAttribute("form", form);
		model.addAttribute("personId", personId);
		model.addAttribute("units", this.people.units(actor));
		return VIEW_FORM;
	}

	private static String fieldOf(DomainException ex) {
		return RULE_FIELDS.getOrDefault(ex.code(), PageProblems.fieldOf(ex));
	}

}
