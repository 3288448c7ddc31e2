package io.cocareer.alumni.conversation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;

import io.cocareer.alumni.conversation.AddFollowUp;
import io.cocareer.alumni.conversation.ConversationView;
import io.cocareer.alumni.conversation.ExitConversationService;
import io.cocareer.alumni.conversation.HolderKind;
import io.cocareer.alumni.conversation.Intention;
import io.cocareer.alumni.conversation.ScheduleConversation;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PickedPerson;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;

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
 * The pages of pre-emptive exit conversations: the worklist, scheduling one for a talent, and a
 * conversation with its record, its follow-ups and closing it. Forms show every error at once,
 * next to its field.
 */
@Controller
@RequestMapping("/alumni/conversations")
class ConversationController {

	private static final PageProblems PROBLEMS = new PageProblems("alumni.conversation.stale");

	/** The service's field names where the form names them otherwise (a person by employee id). */
	private static final Map<String, String> FORM_FIELDS = Map.of("talentId", "talent", "ownerId", "owner");

	private static final Function<DomainException, String> FIELD = (ex) -> {
		String field = PageProblems.fieldOf(ex);
		return (field != null) ? FORM_FIELDS.getOrDefault(field, field) : null;
	};

	private final ExitConversationService conversations;

	private final PeopleDirectory people;

	private final Clock clock;

	ConversationController(ExitConversationService conversations, PeopleDirectory people, Clock clock) {
		this.conversations = conversations;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		List<ConversationView> all = this.conversations.list(actor);
		model.addAttribute("live", all.stream().filter((c) -> c.status().live()).toList());
		model.addAttribute("ended", all.stream().filter((c) -> !c.status().live()).toList());
		model.addAttribute("maySchedule", this.conversations.maySchedule(actor));
		return "alumni/conversation/list";
	}

	@GetMapping("/new")
	String newConversation(Actor actor, Model model) {
		return schedulePage(actor, new ScheduleForm(), model);
	}

	@PostMapping
	String schedule(Actor actor, @Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireScheduler(actor);
		PersonId talent = person(form.getTalent(), "talent", result);
		HolderKind holder = this.conversations.mayChooseHolder(actor) ? form.getHolder() : HolderKind.MANAGER;
		ScheduleConversation command = new ScheduleConversation(talent, holder, form.getScheduledOn());
		reject(result, ExitConversationService.scheduleProblems(command, today()));
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, FIELD, () -> this.conversations.schedule(actor, command));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "alumni.conversation.scheduled");
				return "redirect:/alumni/conversations/" + created.get();
			}
		}
		return schedulePage(actor, form, model);
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return detailPage(actor, id, null, new FollowUpForm(), model);
	}

	@PostMapping("/{id}")
	String save(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("recordForm") RecordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ConversationView conversation = this.conversations.get(actor, id);
		reject(result, ExitConversationService.updateProblems(form.toCommand(), conversation.status(),
				conversation.scheduledOn(), today()));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD,
				() -> this.conversations.update(actor, id, form.toCommand(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "alumni.conversation.saved");
			return "redirect:/alumni/conversations/" + id;
		}
		return detailPage(actor, id, form, new FollowUpForm(), model);
	}

	@PostMapping("/{id}/follow-ups")
	String addFollowUp(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.conversations.get(actor, id);
		PersonId owner = person(form.getOwner(), "owner", result);
		AddFollowUp command = new AddFollowUp(form.getWhat(), owner, form.getDueOn());
		reject(result, ExitConversationService.followUpProblems(command, today()));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD, () -> this.conversations.addFollowUp(actor, id, command))) {
			redirect.addFlashAttribute("message", "alumni.conversation.followUp.added");
			return "redirect:/alumni/conversations/" + id + "#follow-ups";
		}
		model.addAttribute("followUpFailed", true);
		return detailPage(actor, id, null, form, model);
	}

	@PostMapping("/{id}/follow-ups/{followUpId}/done")
	String followUpDone(Actor actor, @PathVariable UUID id, @PathVariable UUID followUpId,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.conversations.markFollowUpDone(actor, id, followUpId))) {
			redirect.addFlashAttribute("message", "alumni.conversation.followUp.markedDone");
		}
		return "redirect:/alumni/conversations/" + id + "#follow-ups";
	}

	@PostMapping("/{id}/close")
	String close(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.conversations.close(actor, id, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "alumni.conversation.closed");
		}
		return "redirect:/alumni/conversations/" + id;
	}

	private String schedulePage(Actor actor, ScheduleForm form, Model model) {
		requireScheduler(actor);
		model.addAttribute("scheduleForm", form);
		model.addAttribute("mayChooseHolder", this.conversations.mayChooseHolder(actor));
		model.addAttribute("holders", List.of(HolderKind.values()));
		return "alumni/conversation/new";
	}

	private String detailPage(Actor actor, UUID id, RecordForm form, FollowUpForm followUpForm, Model model) {
		ConversationView conversation = this.conversations.get(actor, id);
		model.addAttribute("conversation", conversation);
		model.addAttribute("recordForm", (form != null) ? form : RecordForm.of(conversation));
		model.addAttribute("followUpForm", followUpForm);
		if (!model.containsAttribute("followUpFailed")) {
			model.addAttribute("followUpFailed", false);
		}
		model.addAttribute("intentions", List.of(Intention.values()));
		model.addAttribute("holders", List.of(HolderKind.values()));
		return "alumni/conversation/detail";
	}

	private void requireScheduler(Actor actor) {
		if (!this.conversations.maySchedule(actor)) {
			throw new PermissionDenied("alumni.conversation.denied.schedule",
					"The talent lead and managers schedule conversations");
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

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
