package io.cocareer.toolbox.counselling.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PickedPerson;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.toolbox.counselling.AddFollowUp;
import io.cocareer.toolbox.counselling.CounsellingCalendar;
import io.cocareer.toolbox.counselling.CounsellingService;
import io.cocareer.toolbox.counselling.CounsellorView;
import io.cocareer.toolbox.counselling.FollowUpOwner;
import io.cocareer.toolbox.counselling.RequestSession;
import io.cocareer.toolbox.counselling.ScheduleSession;
import io.cocareer.toolbox.counselling.SessionView;

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
 * The pages of career counselling: my sessions (as talent, as counsellor), the talent lead's list
 * of every session (no notes), asking for a session, a session with its time and place, agenda,
 * notes, follow-ups and invite, and the talent lead's list of counsellors. Forms show every error
 * at once, next to its field.
 */
@Controller
@RequestMapping("/toolbox/counselling")
class CounsellingController {

	private static final PageProblems PROBLEMS = new PageProblems("toolbox.counselling.stale");

	/** The service's field names where the form names them otherwise. */
	private static final Map<String, String> FORM_FIELDS = Map.of("talentId", "talent", "counsellorId", "counsellor",
			"startsAt", "date", "endsAt", "endTime", "personId", "person");

	private static final Function<DomainException, String> FIELD = (ex) -> {
		String field = PageProblems.fieldOf(ex);
		return (field != null) ? FORM_FIELDS.getOrDefault(field, field) : null;
	};

	private final CounsellingService counselling;

	private final CounsellingCalendar calendar;

	private final PeopleDirectory people;

	private final String baseUrl;

	private final Clock clock;

	CounsellingController(CounsellingService counselling, CounsellingCalendar calendar, PeopleDirectory people,
			Clock clock, @Value("${cocareer.base-url}") String baseUrl) {
		this.clock = clock;
		this.counselling = counselling;
		this.calendar = calendar;
		this.people = people;
		this.baseUrl = CounsellingApiController.baseUrl(baseUrl);
	}

	@GetMapping
	String mine(Actor actor, Model model) {
		model.addAttribute("asTalent", this.counselling.asTalent(actor));
		model.addAttribute("asCounsellor", this.counselling.asCounsellor(actor));
		model.addAttribute("isLead", this.counselling.isLead(actor));
		return "toolbox/counselling/mine";
	}

	@GetMapping("/all")
	String all(Actor actor, Model model) {
		List<SessionView> all = this.counselling.all(actor);
		model.addAttribute("open", all.stream().filter((s) -> s.status().open()).toList());
		model.addAttribute("ended", all.stream().filter((s) -> !s.status().open()).toList());
		return "toolbox/counselling/all";
	}

	@GetMapping("/new")
	String newSession(Actor actor, Model model) {
		return requestPage(actor, new RequestForm(), model);
	}

	@PostMapping("/sessions")
	String request(Actor actor, @Valid @ModelAttribute("requestForm") RequestForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PersonId talent = person(form.getTalent(), "talent", result);
		PersonId counsellor = uuid(form.getCounsellor()).map(PersonId::of).orElse(null);
		if (counsellor == null && form.getCounsellor() != null && !form.getCounsellor().isBlank()
				&& !result.hasFieldErrors("counsellor")) {
			result.rejectValue("counsellor", "toolbox.counselling.counsellor.notOnList", "Choose a counsellor");
		}
		RequestSession command = new RequestSession(talent, counsellor, form.getTopic(), form.getAgenda());
		reject(result, CounsellingService.requestProblems(command));
		if (!result.hasErrors()) {
			Optional<UUID> created = PROBLEMS.created(result, FIELD, () -> this.counselling.request(actor, command));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "toolbox.counselling.requested");
				return "redirect:/toolbox/counselling/sessions/" + created.get();
			}
		}
		return requestPage(actor, form, model);
	}

	@GetMapping("/sessions/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return sessionPage(actor, id, model);
	}

	@PostMapping("/sessions/{id}/schedule")
	String schedule(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("scheduleForm") ScheduleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.counselling.get(actor, id);
		ScheduleSession command = new ScheduleSession(at(form.getDate(), form.getStartTime()),
				at(form.getDate(), form.getEndTime()), form.getPlace(), form.getVideoLink());
		reject(result, CounsellingService.scheduleProblems(command, LocalDateTime.now(this.clock)));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD,
				() -> this.counselling.schedule(actor, id, command, Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.counselling.scheduled");
			return "redirect:/toolbox/counselling/sessions/" + id;
		}
		return sessionPage(actor, id, model);
	}

	@PostMapping("/sessions/{id}/agenda")
	String agenda(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("agendaForm") AgendaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.counselling.get(actor, id);
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD, () -> this.counselling.changeAgenda(actor, id,
				form.getAgenda(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.counselling.agendaSaved");
			return "redirect:/toolbox/counselling/sessions/" + id;
		}
		return sessionPage(actor, id, model);
	}

	@PostMapping("/sessions/{id}/notes")
	String notes(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("notesForm") NotesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.counselling.get(actor, id);
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD, () -> this.counselling.writeNotes(actor, id,
				form.getNotes(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.counselling.notesSaved");
			return "redirect:/toolbox/counselling/sessions/" + id + "#notes";
		}
		return sessionPage(actor, id, model);
	}

	@PostMapping("/sessions/{id}/cancel")
	String cancel(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("cancelForm") CancelForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.counselling.get(actor, id);
		reject(result, CounsellingService.cancelProblems(form.getReason()));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD, () -> this.counselling.cancel(actor, id,
				form.getReason(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.counselling.cancelled");
			return "redirect:/toolbox/counselling/sessions/" + id;
		}
		return sessionPage(actor, id, model);
	}

	@PostMapping("/sessions/{id}/held")
	String held(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.counselling.markHeld(actor, id, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "toolbox.counselling.markedHeld");
		}
		return "redirect:/toolbox/counselling/sessions/" + id;
	}

	@PostMapping("/sessions/{id}/follow-ups")
	String addFollowUp(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.counselling.get(actor, id);
		AddFollowUp command = new AddFollowUp(form.getWhat(), form.getOwner(), form.getDueOn());
		reject(result, CounsellingService.followUpProblems(command, java.time.LocalDate.now(this.clock)));
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, FIELD, () -> this.counselling.addFollowUp(actor, id, command))) {
			redirect.addFlashAttribute("message", "toolbox.counselling.followUp.added");
			return "redirect:/toolbox/counselling/sessions/" + id + "#follow-ups";
		}
		return sessionPage(actor, id, model);
	}

	@PostMapping("/sessions/{id}/follow-ups/{followUpId}/done")
	String followUpDone(Actor actor, @PathVariable UUID id, @PathVariable UUID followUpId,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.counselling.markFollowUpDone(actor, id, followUpId))) {
			redirect.addFlashAttribute("message", "toolbox.counselling.followUp.markedDone");
		}
		return "redirect:/toolbox/counselling/sessions/" + id + "#follow-ups";
	}

	@GetMapping("/sessions/{id}/invite.ics")
	ResponseEntity<String> invite(Actor actor, @PathVariable UUID id) {
		return CounsellingApiController.calendarResponse(this.calendar.invite(actor, id, this.baseUrl), id);
	}

	@GetMapping("/counsellors")
	String counsellors(Actor actor, Model model) {
		return counsellorsPage(actor, new CounsellorForm(), model);
	}

	@PostMapping("/counsellors")
	String addCounsellor(Actor actor, @Valid @ModelAttribute("counsellorForm") CounsellorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PersonId person = person(form.getPerson(), "person", result);
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, FIELD, () -> this.counselling.addCounsellor(actor, person))) {
			redirect.addFlashAttribute("message", "toolbox.counselling.counsellor.added");
			return "redirect:/toolbox/counselling/counsellors";
		}
		return counsellorsPage(actor, form, model);
	}

	@PostMapping("/counsellors/{personId}/remove")
	String removeCounsellor(Actor actor, @PathVariable UUID personId, RedirectAttributes redirect) {
		this.counselling.removeCounsellor(actor, PersonId.of(personId));
		redirect.addFlashAttribute("message", "toolbox.counselling.counsellor.removed");
		return "redirect:/toolbox/counselling/counsellors";
	}

	private String counsellorsPage(Actor actor, CounsellorForm form, Model model) {
		model.addAttribute("counsellors", this.counselling.counsellors(actor));
		model.addAttribute("mayManage", this.counselling.isLead(actor));
		model.addAttribute("counsellorForm", form);
		return "toolbox/counselling/counsellors";
	}

	private String requestPage(Actor actor, RequestForm form, Model model) {
		List<CounsellorView> counsellors = this.counselling.counsellors(actor);
		UUID me = actor.personId().value();
		model.addAttribute("requestForm", form);
		model.addAttribute("counsellors", counsellors);
		// the talent lead asks for anyone, a counsellor with themselves: they may name the talent
		model.addAttribute("mayChooseTalent",
				this.counselling.isLead(actor) || counsellors.stream().anyMatch((c) -> c.personId().equals(me)));
		return "toolbox/counselling/new";
	}

	private String sessionPage(Actor actor, UUID id, Model model) {
		SessionView session = this.counselling.get(actor, id);
		model.addAttribute("s", session);
		if (!model.containsAttribute("scheduleForm")) {
			model.addAttribute("scheduleForm", scheduleFormOf(session));
		}
		if (!model.containsAttribute("agendaForm")) {
			AgendaForm agenda = new AgendaForm();
			agenda.setAgenda(session.agenda());
			agenda.setVersion(session.version());
			model.addAttribute("agendaForm", agenda);
		}
		if (!model.containsAttribute("notesForm")) {
			NotesForm notes = new NotesForm();
			notes.setNotes(session.notes());
			notes.setVersion(session.version());
			model.addAttribute("notesForm", notes);
		}
		if (!model.containsAttribute("cancelForm")) {
			CancelForm cancel = new CancelForm();
			cancel.setVersion(session.version());
			model.addAttribute("cancelForm", cancel);
		}
		if (!model.containsAttribute("followUpForm")) {
			model.addAttribute("followUpForm", new FollowUpForm());
		}
		model.addAttribute("owners", List.of(FollowUpOwner.values()));
		return "toolbox/counselling/session";
	}

	private static ScheduleForm scheduleFormOf(SessionView session) {
		ScheduleForm form = new ScheduleForm();
		if (session.startsAt() != null) {
			form.setDate(session.startsAt().toLocalDate());
			form.setStartTime(session.startsAt().toLocalTime());
			form.setEndTime(session.endsAt().toLocalTime());
		}
		form.setPlace(session.place());
		form.setVideoLink(session.videoLink());
		form.setVersion(session.version());
		return form;
	}

	private static LocalDateTime at(java.time.LocalDate date, java.time.LocalTime time) {
		return (date != null && time != null) ? date.atTime(time) : null;
	}

	private static Optional<UUID> uuid(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The person a picker named by employee id; nobody found is an error next to the picker. */
	private PersonId person(String employeeId, String field, BindingResult result) {
		return PickedPerson.of(this.people, employeeId, field, result);
	}

	/** Every problem the service's rules find, next to its field, unless that field already shows one. */
	private static void reject(BindingResult result, List<InvalidInput> problems) {
		PageProblems.rejectEach(result, problems, FIELD);
	}

}
