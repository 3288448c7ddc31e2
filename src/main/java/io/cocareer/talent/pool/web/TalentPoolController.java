package io.cocareer.talent.pool.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.PoolFilter;
import io.cocareer.talent.pool.TalentPoolService;
import io.cocareer.talent.web.EndDesignationForm;
import io.cocareer.talent.web.TalentPage;

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
import org.springframework.web.util.UriComponentsBuilder;

/** The talent lead's pool: the list, designating, changing and ending designations. */
@Controller
@RequestMapping("/talents")
class TalentPoolController implements TalentPage {

	static final String VIEW_DESIGNATION_FORM = "talents/pool/designation-form";

	private final TalentPoolService talents;

	private final PeopleDirectory people;

	private final Clock clock;

	TalentPoolController(TalentPoolService talents, PeopleDirectory people, Clock clock) {
		this.talents = talents;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String pool(Actor actor, @RequestParam(required = false) DesignationReason reason,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") boolean reviewDue,
			@RequestParam(required = false) Integer page, Model model) {
		PoolFilter filter = new PoolFilter(reason, unit, reviewDue);
		model.addAttribute("pool", this.talents.pool(actor, filter, Paging.of(page, 25)));
		model.addAttribute("filter", filter);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("reasons", DesignationReason.values());
		model.addAttribute("units", this.people.units());
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/talents")
			.queryParamIfPresent("reason", Optional.ofNullable(reason))
			.queryParamIfPresent("unit", Optional.ofNullable(unit).filter((u) -> !u.isBlank()))
			.queryParam("reviewDue", reviewDue)
			.build()
			.encode()
			.toUriString());
		return "talents/pool/pool";
	}

	@GetMapping("/designate")
	String designateForm(Actor actor, @RequestParam(required = false) String employeeId,
			@RequestParam(required = false) String q, Model model) {
		DesignationForm form = new DesignationForm();
		form.setEmployeeId(employeeId);
		model.addAttribute("form", form);
		model.addAttribute("q", q);
		model.addAttribute("candidates", this.talents.candidates(actor, q));
		return designationForm(model, null);
	}

	/** The person search of the designation form, as an htmx partial. */
	@GetMapping(path = "/designate", headers = "HX-Request")
	String candidates(Actor actor, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("candidates", this.talents.candidates(actor, q));
		return VIEW_DESIGNATION_FORM + " :: candidates";
	}

	@PostMapping("/designate")
	String designate(Actor actor, @Valid @ModelAttribute("form") DesignationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getEmployeeId() == null || form.getEmployeeId().isBlank()) {
			result.rejectValue("employeeId", "talent.field.required", "Required");
		}
		if (result.hasErrors()) {
			return designationForm(model, null);
		}
		// a broken rule of a designation is about the person the employee id names
		Optional<UUID> personId = PROBLEMS.created(result, "employeeId",
				() -> this.talents.designateByEmployeeId(actor, form.getEmployeeId(), form.terms()));
		if (personId.isPresent()) {
			redirect.addFlashAttribute("message", "talent.designation.created");
			return "redirect:/talents/" + personId.get();
		}
		return designationForm(model, null);
	}

	@GetMapping("/{personId}/designation")
	String changeForm(Actor actor, @PathVariable UUID personId, Model model) {
		model.addAttribute("form", DesignationForm.of(this.talents.designation(actor, personId)));
		return designationForm(model, personId);
	}

	@PostMapping("/{personId}/designation")
	String change(Actor actor, @PathVariable UUID personId, @Valid @ModelAttribute("form") DesignationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return designationForm(model, personId);
		}
		if (PROBLEMS.saved(result,
				() -> this.talents.changeDesignation(actor, personId, form.terms(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "talent.designation.changed");
			return "redirect:/talents/" + personId;
		}
		return designationForm(model, personId);
	}

	@PostMapping("/{personId}/designation/end")
	String end(Actor actor, @PathVariable UUID personId, @Valid @ModelAttribute("endForm") EndDesignationForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("message", "talent.designation.endReasonRequired");
			return "redirect:/talents/" + personId;
		}
		this.talents.endDesignation(actor, personId, form.getEndReason());
		redirect.addFlashAttribute("message", "talent.designation.endedMessage");
		return "redirect:/talents/" + personId;
	}

	private String designationForm(Model model, UUID personId) {
		model.addAttribute("personId", personId);
		model.addAttribute("reasons", DesignationReason.values());
		if (personId != null) {
			model.addAttribute("person", this.people.get(PersonId.ofNullable(personId)));
		}
		return VIEW_DESIGNATION_FORM;
	}

}
