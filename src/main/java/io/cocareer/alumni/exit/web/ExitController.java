package io.cocareer.alumni.exit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;

import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.exit.Collaboration;
import io.cocareer.alumni.exit.CompletedExit;
import io.cocareer.alumni.exit.ExitReasonService;
import io.cocareer.alumni.exit.ExitService;
import io.cocareer.alumni.exit.ExitState;
import io.cocareer.alumni.exit.ExitSummary;
import io.cocareer.alumni.exit.ExitView;
import io.cocareer.alumni.exit.HandoverItem;
import io.cocareer.alumni.exit.InterviewAnonymity;
import io.cocareer.alumni.exit.InterviewSection;
import io.cocareer.alumni.exit.OpenToReturn;
import io.cocareer.alumni.exit.ReasonSection;
import io.cocareer.alumni.exit.ReentrySection;
import io.cocareer.alumni.exit.StartExit;
import io.cocareer.alumni.exit.web.ExitForms.ConnectionForm;
import io.cocareer.alumni.exit.web.ExitForms.InterviewForm;
import io.cocareer.alumni.exit.web.ExitForms.ReasonForm;
import io.cocareer.alumni.exit.web.ExitForms.ReentryForm;
import io.cocareer.alumni.exit.web.ExitForms.RowForm;
import io.cocareer.alumni.exit.web.ExitForms.StartForm;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PermissionDenied;
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

/**
 * The exit pages: the list (the lead's all, a manager's reports', anyone's own), starting a
 * protocol or recording a past exit, and a protocol with a form per section as the reader may
 * fill it in (the leaver's own view carries the consent and the interview).
 */
@Controller
@RequestMapping("/alumni/exits")
class ExitController {

	private static final PageProblems PROBLEMS = new PageProblems("alumni.exit.stale");

	private final ExitService exits;

	private final ExitReasonService reasons;

	private final PeopleDirectory people;

	ExitController(ExitService exits, ExitReasonService reasons, PeopleDirectory people) {
		this.exits = exits;
		this.reasons = reasons;
		this.people = people;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		List<ExitSummary> all = this.exits.list(actor);
		model.addAttribute("inProgress", all.stream().filter((e) -> e.state() == ExitState.IN_PROGRESS).toList());
		model.addAttribute("completed", all.stream().filter((e) -> e.state() == ExitState.COMPLETED).toList());
		model.addAttribute("mayStart", this.exits.mayStart(actor));
		model.addAttribute("mayRecordPast", this.exits.mayRecordPastExit(actor));
		model.addAttribute("mayConfigure", this.reasons.mayConfigure(actor));
		return "alumni/exit/list";
	}

	@GetMapping("/new")
	String newExit(Actor actor, Model model) {
		requireStart(actor);
		model.addAttribute("startForm", new StartForm());
		model.addAttribute("past", false);
		return "alumni/exit/new";
	}

	@PostMapping
	String start(Actor actor, @Valid @ModelAttribute("startForm") StartForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireStart(actor);
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, field("employeeId"), () -> this.exits.start(actor,
					new StartExit(personOf(form.getEmployeeId()), form.getLeavingOn())));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "alumni.exit.started");
				return "redirect:/alumni/exits/" + created.get();
			}
		}
		model.addAttribute("past", false);
		return "alumni/exit/new";
	}

	@GetMapping("/past")
	String newPast(Actor actor, Model model) {
		requirePast(actor);
		model.addAttribute("startForm", new StartForm());
		model.addAttribute("past", true);
		return "alumni/exit/new";
	}

	@PostMapping("/past")
	String recordPast(Actor actor, @Valid @ModelAttribute("startForm") StartForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requirePast(actor);
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, field("employeeId"),
					() -> this.exits.recordPastExit(actor, personOf(form.getEmployeeId())));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "alumni.exit.started");
				return "redirect:/alumni/exits/" + created.get();
			}
		}
		model.addAttribute("past", true);
		return "alumni/exit/new";
	}

	@GetMapping("/{id}")
	String exit(Actor actor, @PathVariable UUID id, Model model) {
		return detail(actor, id, model);
	}

	@PostMapping("/{id}/reason")
	String reason(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("reasonForm") ReasonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return section(actor, id, result, model, redirect, field("reasonCode"),
				() -> this.exits.saveReason(actor, id, new ReasonSection(form.getLeavingOn(), form.getReasonCode(),
						form.getEligibility(), form.getEligibilityNote()), form.getVersion()));
	}

	@PostMapping("/{id}/connection")
	String connection(Actor actor, @PathVariable UUID id, @ModelAttribute("connectionForm") ConnectionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return section(actor, id, result, model, redirect, field("email"),
				() -> this.exits.saveConnection(actor, id, form.toSection(), form.getVersion()));
	}

	@PostMapping("/{id}/consent")
	String consent(Actor actor, @PathVariable UUID id, @ModelAttribute("connectionForm") ConnectionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (PROBLEMS.saved(result, field("email"), () -> this.exits.giveConsent(actor, id, form.toSection()))) {
			redirect.addFlashAttribute("message", "alumni.exit.consentGivenMessage");
			return "redirect:/alumni/exits/" + id + "#connection";
		}
		return detail(actor, id, model);
	}

	@PostMapping("/{id}/consent/withdraw")
	String withdraw(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.exits.withdrawConsent(actor, id))) {
			redirect.addFlashAttribute("message", "alumni.exit.consentWithdrawnMessage");
		}
		return "redirect:/alumni/exits/" + id + "#connection";
	}

	@PostMapping("/{id}/collaborations")
	String addCollaboration(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("collaborationForm") RowForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return section(actor, id, result, model, redirect, row(), () -> {
			ExitView exit = this.exits.get(actor, id);
			List<Collaboration> rows = new ArrayList<>(exit.collaborations().stream()
				.map((c) -> new Collaboration(c.kind(), c.description(), c.ownerId(), c.dueOn()))
				.toList());
			rows.add(new Collaboration(form.getKind(), form.getDescription(), ownerOf(form.getOwnerEmployeeId()),
					form.getDueOn()));
			this.exits.saveCollaborations(actor, id, rows, form.getVersion());
		});
	}

	@PostMapping("/{id}/collaborations/{index}/remove")
	String removeCollaboration(Actor actor, @PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
		PROBLEMS.attempted(redirect, () -> {
			ExitView exit = this.exits.get(actor, id);
			List<Collaboration> rows = new ArrayList<>(exit.collaborations().stream()
				.map((c) -> new Collaboration(c.kind(), c.description(), c.ownerId(), c.dueOn()))
				.toList());
			if (index >= 0 && index < rows.size()) {
				rows.remove(index);
			}
			this.exits.saveCollaborations(actor, id, rows, exit.version());
		});
		return "redirect:/alumni/exits/" + id + "#collaborations";
	}

	@PostMapping("/{id}/reentry")
	String reentry(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("reentryForm") ReentryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return section(actor, id, result, model, redirect, field("openToReturn"), () -> this.exits.saveReentry(actor, id,
				new ReentrySection(form.getOpenToReturn(), form.getWhen(), form.getConditions()), form.getVersion()));
	}

	@PostMapping("/{id}/handover")
	String addHandover(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("handoverForm") RowForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return section(actor, id, result, model, redirect, row(), () -> {
			ExitView exit = this.exits.get(actor, id);
			List<HandoverItem> rows = new ArrayList<>(handover(exit));
			rows.add(new HandoverItem(form.getDescription(), ownerOf(form.getOwnerEmployeeId()), form.getDueOn(), false));
			this.exits.saveHandover(actor, id, rows, form.getVersion());
		});
	}

	@PostMapping("/{id}/handover/{index}/toggle")
	String toggleHandover(Actor actor, @PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
		return changeHandover(actor, id, index, redirect, false);
	}

	@PostMapping("/{id}/handover/{index}/remove")
	String removeHandover(Actor actor, @PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
		return changeHandover(actor, id, index, redirect, true);
	}

	private String changeHandover(Actor actor, UUID id, int index, RedirectAttributes redirect, boolean remove) {
		PROBLEMS.attempted(redirect, () -> {
			ExitView exit = this.exits.get(actor, id);
			List<HandoverItem> rows = new ArrayList<>(handover(exit));
			if (index >= 0 && index < rows.size()) {
				HandoverItem item = rows.get(index);
				if (remove) {
					rows.remove(index);
				}
				else {
					rows.set(index, new HandoverItem(item.item(), item.ownerId(), item.dueOn(), !Boolean.TRUE.equals(item.done())));
				}
			}
			this.exits.saveHandover(actor, id, rows, exit.version());
		});
		return "redirect:/alumni/exits/" + id + "#handover";
	}

	@PostMapping("/{id}/interview")
	String interview(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("interviewForm") InterviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.saved(result, field("interviewReasonCode"), () -> this.exits.saveInterview(actor,
				id, new InterviewSection(form.getAnonymity(), form.getInterviewReasonCode(), form.getWouldHaveKept(),
						form.getComments()), form.getVersion()))) {
			redirect.addFlashAttribute("message", "alumni.exit.interviewSaved");
			return "redirect:/alumni/exits/" + id + "#interview";
		}
		return detail(actor, id, model);
	}

	@PostMapping("/{id}/complete")
	String complete(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		CompletedExit[] done = new CompletedExit[1];
		if (PROBLEMS.attempted(redirect, () -> done[0] = this.exits.complete(actor, id))) {
			redirect.addFlashAttribute("message", "alumni.exit.completedMessage");
			// flash attributes live in the session, which the database keeps: plain strings only
			if (done[0].portal() != null) {
				redirect.addFlashAttribute("portalUsername", done[0].portal().username());
				if (done[0].portal().created()) {
					redirect.addFlashAttribute("portalPassword", done[0].portal().oneTimePassword());
				}
			}
		}
		return "redirect:/alumni/exits/" + id;
	}

	// ---------------------------------------------------------------- helpers

	private String section(Actor actor, UUID id, BindingResult result, Model model, RedirectAttributes redirect,
			Function<DomainException, String> field, Runnable save) {
		if (!result.hasErrors() && PROBLEMS.saved(result, field, save)) {
			redirect.addFlashAttribute("message", "alumni.exit.saved");
			return "redirect:/alumni/exits/" + id;
		}
		return detail(actor, id, model);
	}

	private String detail(Actor actor, UUID id, Model model) {
		ExitView exit = this.exits.get(actor, id);
		model.addAttribute("exit", exit);
		if (!model.containsAttribute("reasonForm")) {
			model.addAttribute("reasonForm", ReasonForm.of(exit));
		}
		if (!model.containsAttribute("connectionForm")) {
			model.addAttribute("connectionForm", ConnectionForm.of(exit));
		}
		if (!model.containsAttribute("reentryForm")) {
			model.addAttribute("reentryForm", ReentryForm.of(exit));
		}
		if (!model.containsAttribute("interviewForm")) {
			model.addAttribute("interviewForm", InterviewForm.of(exit));
		}
		for (String row : List.of("collaborationForm", "handoverForm")) {
			if (!model.containsAttribute(row)) {
				RowForm form = new RowForm();
				form.setVersion(exit.version());
				model.addAttribute(row, form);
			}
		}
		model.addAttribute("reasons", this.reasons.active());
		model.addAttribute("interviewReasonLabel",
				this.reasons.find(exit.interviewReasonCode()).map((r) -> r.label()).orElse(exit.interviewReasonCode()));
		model.addAttribute("eligibilities", RehireEligibility.values());
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("cadences", ContactCadence.values());
		model.addAttribute("kinds", CollaborationKind.values());
		model.addAttribute("openChoices", OpenToReturn.values());
		model.addAttribute("anonymities", InterviewAnonymity.values());
		return "alumni/exit/exit";
	}

	private static List<HandoverItem> handover(ExitView exit) {
		return exit.handover().stream().map((h) -> new HandoverItem(h.item(), h.ownerId(), h.dueOn(), h.done())).toList();
	}

	private UUID personOf(String employeeId) {
		if (employeeId == null || employeeId.isBlank()) {
			return null;
		}
		return this.people.personIdOf(employeeId.strip())
			.orElseThrow(() -> new InvalidInput("employeeId", "alumni.exit.personUnknown", "There is no such person"));
	}

	private UUID ownerOf(String employeeId) {
		if (employeeId == null || employeeId.isBlank()) {
			return null;
		}
		return this.people.personIdOf(employeeId.strip())
			.orElseThrow(() -> new InvalidInput("ownerEmployeeId", "alumni.exit.ownerUnknown", "Choose someone who works here"));
	}

	/** The refusal's field on this form, or {@code otherwise} (at the top of the form when the form has no such field). */
	private static Function<DomainException, String> field(String otherwise) {
		return (ex) -> {
			String named = PageProblems.fieldOf(ex);
			if (named == null) {
				return null;
			}
			return switch (named) {
				case "personId" -> "employeeId";
				default -> named;
			};
		};
	}

	/** A row's refusals: {@code collaborations[2].ownerId} is the add form's owner. */
	private static Function<DomainException, String> row() {
		return (ex) -> {
			String named = PageProblems.fieldOf(ex);
			if (named == null) {
				return null;
			}
			String last = named.substring(named.lastIndexOf('.') + 1);
			return switch (last) {
				case "ownerId", "ownerEmployeeId" -> "ownerEmployeeId";
				case "item" -> "description";
				default -> last;
			};
		};
	}

	private void requireStart(Actor actor) {
		if (!this.exits.mayStart(actor)) {
			throw new PermissionDenied("alumni.exit.denied", "Only the talent lead or a manager starts exit protocols");
		}
	}

	private void requirePast(Actor actor) {
		if (!this.exits.mayRecordPastExit(actor)) {
			throw new PermissionDenied("alumni.exit.denied", "Only the talent lead records a past exit");
		}
	}

}
