package io.cocareer.toolbox.workshop.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PickedPerson;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.toolbox.workshop.Attendance;
import io.cocareer.toolbox.workshop.Audience;
import io.cocareer.toolbox.workshop.SaveWorkshop;
import io.cocareer.toolbox.workshop.SeatStatus;
import io.cocareer.toolbox.workshop.WorkshopService;
import io.cocareer.toolbox.workshop.WorkshopView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
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
 * The pages of career planning workshops: upcoming and past workshops, a workshop (enrol, leave,
 * one's place on the waiting list, materials, feedback, the invite), the facilitator's management
 * page (enrolled, waiting list in order, attendance, materials, the feedback summary), and the
 * forms to create and change one. Forms show every error at once, next to its field.
 */
@Controller
@RequestMapping("/toolbox/workshops")
class WorkshopController {

	private static final PageProblems PROBLEMS = new PageProblems("toolbox.workshop.stale");

	/** The service's field names where the forms name them otherwise. */
	private static final Map<String, String> FORM_FIELDS = Map.of("facilitatorId", "facilitator", "startsAt",
			"startsOn", "personId", "person");

	private static final Function<DomainException, String> FIELD = (ex) -> {
		if ("toolbox.workshop.rule.capacityBelowEnrolled".equals(ex.code())) {
			return "capacity";
		}
		String field = PageProblems.fieldOf(ex);
		return (field != null) ? FORM_FIELDS.getOrDefault(field, field) : null;
	};

	private final WorkshopService workshops;

	private final PeopleDirectory people;

	private final String baseUrl;

	private final java.time.Clock clock;

	WorkshopController(WorkshopService workshops, PeopleDirectory people, java.time.Clock clock,
			@Value("${cocareer.base-url}") String baseUrl) {
		this.workshops = workshops;
		this.people = people;
		this.clock = clock;
		this.baseUrl = baseUrl(baseUrl);
	}

	static String baseUrl(String configured) {
		return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		List<WorkshopView> all = this.workshops.list(actor);
		model.addAttribute("upcoming", all.stream().filter(WorkshopView::upcoming).toList());
		List<WorkshopView> past = new java.util.ArrayList<>(all.stream().filter(WorkshopView::past).toList());
		java.util.Collections.reverse(past);
		model.addAttribute("past", past);
		model.addAttribute("cancelled", all.stream().filter(WorkshopView::cancelled).toList());
		model.addAttribute("mayCreate", this.workshops.mayCreate(actor));
		return "toolbox/workshop/list";
	}

	@GetMapping("/new")
	String newWorkshop(Actor actor, Model model) {
		requireCreator(actor);
		return formPage(null, new WorkshopForm(), model);
	}

	@PostMapping
	String create(Actor actor, @Valid @ModelAttribute("workshopForm") WorkshopForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireCreator(actor);
		SaveWorkshop command = form.toCommand(person(form.getFacilitator(), "facilitator", result),
				this.workshops.zone());
		reject(result, WorkshopService.problems(command, this.clock.instant()));
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, FIELD, () -> this.workshops.create(actor, command));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "toolbox.workshop.created");
				return "redirect:/toolbox/workshops/" + created.get();
			}
		}
		return formPage(null, form, model);
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return detailPage(actor, id, null, model);
	}

	@GetMapping("/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		WorkshopView workshop = editable(actor, id);
		if (!workshop.mayEdit()) {
			throw workshop.cancelled()
					? new BusinessRuleViolation("toolbox.workshop.rule.cancelled", "This workshop is cancelled")
					: new BusinessRuleViolation("toolbox.workshop.rule.started",
							"The workshop has started: enrolment and changes closed at the start");
		}
		String facilitator = (workshop.facilitatorId() != null) ? this.people.find(PersonId.of(workshop.facilitatorId()))
			.map(PersonView::employeeId)
			.orElse(null) : null;
		return formPage(workshop, WorkshopForm.of(workshop, facilitator), model);
	}

	@PostMapping("/{id}")
	String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("workshopForm") WorkshopForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		WorkshopView workshop = editable(actor, id);
		SaveWorkshop command = form.toCommand(person(form.getFacilitator(), "facilitator", result),
				this.workshops.zone());
		reject(result, WorkshopService.problems(command, this.clock.instant()));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD,
				() -> this.workshops.update(actor, id, command, Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.workshop.saved");
			return "redirect:/toolbox/workshops/" + id;
		}
		return formPage(workshop, form, model);
	}

	@PostMapping("/{id}/enrol")
	String enrol(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		SeatStatus[] got = new SeatStatus[1];
		if (PROBLEMS.attempted(redirect, () -> got[0] = this.workshops.enrol(actor, id))) {
			redirect.addFlashAttribute("message",
					(got[0] == SeatStatus.WAITING) ? "toolbox.workshop.waitingNow" : "toolbox.workshop.enrolledNow");
		}
		return "redirect:/toolbox/workshops/" + id;
	}

	@PostMapping("/{id}/leave")
	String leave(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.workshops.leave(actor, id))) {
			redirect.addFlashAttribute("message", "toolbox.workshop.left");
		}
		return "redirect:/toolbox/workshops/" + id;
	}

	@PostMapping("/{id}/cancel")
	String cancel(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.workshops.cancel(actor, id))) {
			redirect.addFlashAttribute("message", "toolbox.workshop.cancelledNow");
		}
		return "redirect:/toolbox/workshops/" + id;
	}

	@PostMapping("/{id}/feedback")
	String feedback(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.workshops.get(actor, id);
		reject(result, WorkshopService.feedbackProblems(form.getRating(), form.getComment()));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD,
				() -> this.workshops.giveFeedback(actor, id, form.getRating(), form.getComment()))) {
			redirect.addFlashAttribute("message", "toolbox.workshop.feedback.thanks");
			return "redirect:/toolbox/workshops/" + id;
		}
		return detailPage(actor, id, form, model);
	}

	@GetMapping("/{id}/invite.ics")
	ResponseEntity<String> invite(Actor actor, @PathVariable UUID id) {
		return WorkshopApiController.calendarResponse(this.workshops.calendar(actor, id, this.baseUrl), id);
	}

	// ---------------------------------------------------------------- managing

	@GetMapping("/{id}/manage")
	String manage(Actor actor, @PathVariable UUID id, Model model) {
		return managePage(actor, id, new EnrolForm(), new MaterialForm(), model);
	}

	@PostMapping("/{id}/manage/enrol")
	String enrolSomeone(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("enrolForm") EnrolForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.workshops.manage(actor, id);
		PersonId person = person(form.getPerson(), "person", result);
		SeatStatus[] got = new SeatStatus[1];
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, FIELD, () -> got[0] = this.workshops.enrol(actor, id, person))) {
			redirect.addFlashAttribute("message", (got[0] == SeatStatus.WAITING) ? "toolbox.workshop.someoneWaiting"
					: "toolbox.workshop.someoneEnrolled");
			return "redirect:/toolbox/workshops/" + id + "/manage";
		}
		return managePage(actor, id, form, new MaterialForm(), model);
	}

	@PostMapping("/{id}/manage/remove")
	String removeSomeone(Actor actor, @PathVariable UUID id, @RequestParam UUID personId,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.workshops.remove(actor, id, PersonId.of(personId)))) {
			redirect.addFlashAttribute("message", "toolbox.workshop.someoneRemoved");
		}
		return "redirect:/toolbox/workshops/" + id + "/manage";
	}

	@PostMapping("/{id}/attendance")
	String attendance(Actor actor, @PathVariable UUID id, @RequestParam UUID personId,
			@RequestParam(required = false) Attendance attendance, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect,
				() -> this.workshops.recordAttendance(actor, id, PersonId.of(personId), attendance))) {
			redirect.addFlashAttribute("message", "toolbox.workshop.attendanceSaved");
		}
		return "redirect:/toolbox/workshops/" + id + "/manage#attendance";
	}

	@PostMapping("/{id}/materials")
	String addMaterial(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("materialForm") MaterialForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.workshops.manage(actor, id);
		reject(result, WorkshopService.materialProblems(form.toCommand()));
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, FIELD, () -> this.workshops.addMaterial(actor, id, form.toCommand()))) {
			redirect.addFlashAttribute("message", "toolbox.workshop.material.added");
			return "redirect:/toolbox/workshops/" + id + "/manage#materials";
		}
		return managePage(actor, id, new EnrolForm(), form, model);
	}

	@PostMapping("/{id}/materials/{materialId}/delete")
	String removeMaterial(Actor actor, @PathVariable UUID id, @PathVariable UUID materialId,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.workshops.removeMaterial(actor, id, materialId))) {
			redirect.addFlashAttribute("message", "toolbox.workshop.material.removed");
		}
		return "redirect:/toolbox/workshops/" + id + "/manage#materials";
	}

	// ---------------------------------------------------------------- helpers

	private String formPage(WorkshopView workshop, WorkshopForm form, Model model) {
		model.addAttribute("workshop", workshop);
		model.addAttribute("workshopForm", form);
		model.addAttribute("audiences", List.of(Audience.values()));
		return "toolbox/workshop/form";
	}

	private String detailPage(Actor actor, UUID id, FeedbackForm form, Model model) {
		WorkshopView workshop = this.workshops.get(actor, id);
		model.addAttribute("workshop", workshop);
		FeedbackForm feedback = form;
		if (feedback == null) {
			feedback = new FeedbackForm();
			feedback.setRating(workshop.myRating());
			feedback.setComment(workshop.myComment());
		}
		model.addAttribute("feedbackForm", feedback);
		return "toolbox/workshop/detail";
	}

	private String managePage(Actor actor, UUID id, EnrolForm enrolForm, MaterialForm materialForm, Model model) {
		model.addAttribute("managed", this.workshops.manage(actor, id));
		model.addAttribute("enrolForm", enrolForm);
		model.addAttribute("materialForm", materialForm);
		return "toolbox/workshop/manage";
	}

	private WorkshopView editable(Actor actor, UUID id) {
		WorkshopView workshop = this.workshops.get(actor, id);
		if (!workshop.mayManage()) {
			throw new PermissionDenied("toolbox.workshop.denied.manage",
					"The facilitator and the talent lead manage a workshop");
		}
		return workshop;
	}

	private void requireCreator(Actor actor) {
		if (!this.workshops.mayCreate(actor)) {
			throw new PermissionDenied("toolbox.workshop.denied.create", "The talent lead creates workshops");
		}
	}

	/** The person a picker named by employee id; nobody found is an error next to the picker. */
	private PersonId person(String employeeId, String field, BindingResult result) {
		return PickedPerson.of(this.people, employeeId, field, result);
	}

	/** Every problem the service's rules find, next to its field, unless that field already shows one. */
	private static void reject(BindingResult result, List<InvalidInput> problems) {
		for (InvalidInput problem : problems) {
			String field = FIELD.apply(problem);
			if (field != null && result.getFieldType(field) != null) {
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, problem.code(), problem.arguments(), problem.getMessage());
				}
			}
			else if (!"person".equals(field) && !"facilitator".equals(field)) {
				result.reject(problem.code(), problem.arguments(), problem.getMessage());
			}
		}
	}

}
