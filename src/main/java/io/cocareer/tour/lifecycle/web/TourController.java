package io.cocareer.tour.lifecycle.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.tour.TourPackages;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourType;
import io.cocareer.tour.TourView;
import io.cocareer.tour.lifecycle.TourLifecycleService;
import io.cocareer.tour.web.TourPages;

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

/** Tours of duty: the list, proposing one, its overview page, its plan and its lifecycle moves. */
@Controller
@RequestMapping("/tours")
class TourController {

	static final String VIEW_LIST = "tours/lifecycle/list";

	static final String VIEW_TOUR = "tours/lifecycle/tour";

	static final String VIEW_FORM = "tours/lifecycle/tour-form";

	private final TourService tours;

	private final TourLifecycleService lifecycle;

	private final TourPackages packages;

	private final PeopleDirectory people;

	TourController(TourService tours, TourLifecycleService lifecycle, TourPackages packages, PeopleDirectory people) {
		this.tours = tours;
		this.lifecycle = lifecycle;
		this.packages = packages;
		this.people = people;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(required = false) TourState state, Model model) {
		model.addAttribute("tours", this.tours.visibleTours(actor, state));
		model.addAttribute("state", state);
		model.addAttribute("states", TourState.values());
		model.addAttribute("mayPropose", this.lifecycle.mayProposeAny(actor));
		model.addAttribute("maySeeAllTours", this.tours.maySeeAllTours(actor));
		model.addAttribute("maySeeTeamTours", this.tours.maySeeTeamTours(actor));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String newForm(Actor actor, @RequestParam(required = false) UUID packageId,
			@RequestParam(required = false) UUID talentId, Model model) {
		TourForm form = new TourForm();
		form.setWorkPackageId(packageId);
		form.setTalentId(talentId);
		if (talentId != null && this.lifecycle.mayProposeForAnyone(actor)) {
			this.people.find(PersonId.of(talentId)).ifPresent((person) -> form.setTalentEmployeeId(person.employeeId()));
		}
		if (packageId != null) {
			// the package's terms are where the conversation starts
			TourPackages.TourPackage pkg = this.packages.seenBy(actor, packageId);
			form.setTitle(pkg.title());
			form.setTourType(pkg.tourType());
			form.setStartOn(pkg.startOn());
			form.setEndOn(pkg.endOn());
			form.setTimeShare(pkg.timeShare());
		}
		model.addAttribute("form", form);
		return form(actor, model, null);
	}

	/** The profile panel of the talent just chosen in the proposal form (htmx). */
	@GetMapping("/new/talent")
	String talentPanel(Actor actor, @RequestParam(required = false) UUID talentId,
			@RequestParam(required = false) String talentEmployeeId, Model model) {
		UUID chosen = (talentId != null) ? talentId : byEmployeeId(talentEmployeeId);
		model.addAttribute("profile", (chosen != null) ? this.tours.profileOf(actor, chosen).orElse(null) : null);
		return "tours/fragments :: profile(profile=${profile})";
	}

	@PostMapping("/new")
	String propose(Actor actor, @Valid @ModelAttribute("form") TourForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// the talent lead picks anyone by name (an employee id); a manager chooses among their reports
		boolean picker = this.lifecycle.mayProposeForAnyone(actor);
		String talentField = picker ? "talentEmployeeId" : "talentId";
		if (picker && form.getTalentEmployeeId() != null && !form.getTalentEmployeeId().isBlank()
				&& !result.hasFieldErrors("talentEmployeeId")) {
			form.setTalentId(byEmployeeId(form.getTalentEmployeeId()));
		}
		if (form.getTalentId() == null && !result.hasFieldErrors(talentField)) {
			result.rejectValue(talentField, "tour.validation.required", "Required.");
		}
		if (!result.hasErrors()) {
			// the talent the service speaks of is the field this form shows for them
			Optional<UUID> id = TourPages.PROBLEMS.created(result,
					(ex) -> "talentId".equals(PageProblems.fieldOf(ex)) ? talentField : PageProblems.fieldOf(ex),
					() -> this.lifecycle.propose(actor, form.plan()));
			if (id.isPresent()) {
				redirect.addFlashAttribute("message", "tour.proposed");
				return "redirect:/tours/" + id.get();
			}
		}
		return form(actor, model, null);
	}

	@GetMapping("/{id}")
	String tour(Actor actor, @PathVariable UUID id, Model model) {
		TourView tour = this.tours.get(actor, id);
		model.addAttribute("tour", tour);
		model.addAttribute("profile", this.tours.talentProfile(actor, id).orElse(null));
		model.addAttribute("tab", "overview");
		return VIEW_TOUR;
	}

	@GetMapping("/{id}/plan")
	String planForm(Actor actor, @PathVariable UUID id, Model model) {
		TourView tour = this.tours.get(actor, id);
		model.addAttribute("form", TourForm.of(tour));
		return form(actor, model, tour);
	}

	@PostMapping("/{id}/plan")
	String revisePlan(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") TourForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TourView tour = this.tours.get(actor, id);
		if (!result.hasErrors()) {
			if (TourPages.PROBLEMS.saved(result, () -> this.lifecycle.revisePlan(actor, id, form.plan(), form.getVersion()))) {
				redirect.addFlashAttribute("message", "tour.planSaved");
				return "redirect:/tours/" + id;
			}
		}
		return form(actor, model, tour);
	}

	@PostMapping("/{id}/state")
	String move(Actor actor, @PathVariable UUID id, @RequestParam(required = false) TourState state,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (TourPages.PROBLEMS.attempted(redirect,
				() -> this.lifecycle.move(actor, id, state, reason, Versions.required(version)))) {
			TourView tour = this.tours.get(actor, id);
			redirect.addFlashAttribute("message", "tour.move.done");
			redirect.addFlashAttribute("messageArgs", new Object[] { tour.state().label() });
		}
		return "redirect:/tours/" + id;
	}

	private String form(Actor actor, Model model, TourView tour) {
		TourForm form = (TourForm) model.getAttribute("form");
		TourPackages.TourPackage pkg = null;
		if (form != null && form.getWorkPackageId() != null) {
			pkg = this.packages.seenBy(actor, form.getWorkPackageId());
		}
		model.addAttribute("tour", tour);
		model.addAttribute("pkg", pkg);
		model.addAttribute("talents", this.lifecycle.proposableTalents(actor));
		model.addAttribute("picksAnyone", tour == null && this.lifecycle.mayProposeForAnyone(actor));
		model.addAttribute("tourTypes", TourType.values());
		UUID talentId = (form != null) ? form.getTalentId() : null;
		model.addAttribute("profile", (talentId != null) ? this.tours.profileOf(actor, talentId).orElse(null) : null);
		if (talentId != null) {
			LocalDate from = (form.getStartOn() != null) ? form.getStartOn()
					: (pkg != null) ? pkg.startOn() : LocalDate.now();
			LocalDate to = (form.getEndOn() != null) ? form.getEndOn() : (pkg != null) ? pkg.endOn() : from;
			model.addAttribute("committed", this.tours.committedShare(talentId, from, to.isBefore(from) ? from : to));
		}
		return VIEW_FORM;
	}

	/** The person with this employee id (the picker's value), or null when nothing or nobody matches. */
	private UUID byEmployeeId(String employeeId) {
		if (employeeId == null || employeeId.isBlank()) {
			return null;
		}
		return this.people.findByEmployeeId(employeeId.strip()).map(PersonView::id).orElse(null);
	}

}
