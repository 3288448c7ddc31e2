package io.cocareer.network.introduction.web;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.introduction.AskIntroduction;
import io.cocareer.network.introduction.BrokerKind;
import io.cocareer.network.introduction.IntroductionChannel;
import io.cocareer.network.introduction.IntroductionOutcome;
import io.cocareer.network.introduction.IntroductionService;
import io.cocareer.network.introduction.IntroductionView;
import io.cocareer.network.introduction.TargetKind;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
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
 * The introductions pages: the reader's own (asked and brokered), asking for one, and one
 * introduction with the steps its reader may take now (from the service's may… flags).
 */
@Controller
@RequestMapping("/network/introductions")
class IntroductionController {

	/** A refusal on the introductions pages, with a lost race in this module's words. */
	static final PageProblems PROBLEMS = new PageProblems("network.introduction.stale");

	private final IntroductionService introductions;

	private final PeopleDirectory people;

	private final Clock clock;

	IntroductionController(IntroductionService introductions, PeopleDirectory people, Clock clock) {
		this.introductions = introductions;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("mine", this.introductions.mine(actor));
		return "network/introduction/list";
	}

	@GetMapping("/new")
	String askPage(Actor actor, Model model) {
		return askPage(actor, new AskForm(), model);
	}

	@PostMapping("/new")
	String ask(Actor actor, @Valid @ModelAttribute("askForm") AskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AskIntroduction ask = command(form, result);
		if (!result.hasErrors()) {
			var id = PROBLEMS.created(result, (ex) -> fieldOnAskForm(PageProblems.fieldOf(ex)),
					() -> this.introductions.ask(actor, ask));
			if (id.isPresent()) {
				redirect.addFlashAttribute("message", "network.introduction.asked");
				return "redirect:/network/introductions/" + id.get();
			}
		}
		return askPage(actor, form, model);
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return page(actor, id, model);
	}

	@PostMapping("/{id}/accept")
	String accept(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("answerForm") AnswerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.saved(result, "note",
				() -> this.introductions.accept(actor, id, form.getNote(), form.getVersion()))) {
			redirect.addFlashAttribute("message", "network.introduction.accepted");
			return "redirect:/network/introductions/" + id;
		}
		return page(actor, id, model);
	}

	@PostMapping("/{id}/decline")
	String decline(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("answerForm") AnswerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.saved(result, "note",
				() -> this.introductions.decline(actor, id, form.getNote(), form.getVersion()))) {
			redirect.addFlashAttribute("message", "network.introduction.declined");
			return "redirect:/network/introductions/" + id;
		}
		return page(actor, id, model);
	}

	@PostMapping("/{id}/introduced")
	String introduced(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("introducedForm") IntroducedForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.saved(result, "channel", () -> this.introductions.introduced(actor, id,
				form.getChannel(), form.getIntroducedOn(), form.getNote(), form.getVersion()))) {
			redirect.addFlashAttribute("message", "network.introduction.made");
			return "redirect:/network/introductions/" + id;
		}
		return page(actor, id, model);
	}

	@PostMapping("/{id}/outcome")
	String outcome(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.isAddToMap()) {
			requireDeveloper(form, result);
		}
		if (!result.hasErrors() && PROBLEMS.saved(result, (ex) -> fieldOnMapForm(PageProblems.fieldOf(ex), "outcome"),
				() -> this.introductions.recordOutcome(actor, id, form.getOutcome(),
						form.isAddToMap() ? form.toCommand() : null, form.getVersion()))) {
			redirect.addFlashAttribute("message",
					form.isAddToMap() ? "network.introduction.closedOnMap" : "network.introduction.closed");
			return "redirect:/network/introductions/" + id;
		}
		return page(actor, id, model);
	}

	@PostMapping("/{id}/add-to-map")
	String addToMap(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("mapForm") MapForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		requireDeveloper(form, result);
		if (!result.hasErrors() && PROBLEMS.saved(result, (ex) -> fieldOnMapForm(PageProblems.fieldOf(ex), "arena"),
				() -> this.introductions.addToMap(actor, id, form.toCommand(), form.getVersion()))) {
			redirect.addFlashAttribute("message", "network.introduction.onMap");
			return "redirect:/network/introductions/" + id;
		}
		return page(actor, id, model);
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(Actor actor, @PathVariable UUID id, @ModelAttribute("versionForm") AnswerForm form,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.introductions.withdraw(actor, id, form.getVersion()))) {
			redirect.addFlashAttribute("message", "network.introduction.withdrawn");
		}
		return "redirect:/network/introductions/" + id;
	}

	private static void requireDeveloper(MapForm form, BindingResult result) {
		if (form.getArena() == null) {
			result.rejectValue("arena", "network.field.required");
		}
		if (form.getRole() == null) {
			result.rejectValue("role", "network.field.required");
		}
	}

	/** The map's refusals name the developer's fields; on this form, the name of whom the talent met. */
	private static String fieldOnMapForm(String field, String otherwise) {
		if (field == null) {
			return otherwise;
		}
		return switch (field) {
			case "arena", "role", "closeness", "name", "organisation", "outcome" -> field;
			default -> "name";
		};
	}

	private static String fieldOnAskForm(String field) {
		if (field == null) {
			return "broker";
		}
		return switch (field) {
			case "targetPerson" -> "targetEmployeeId";
			case "brokerPerson" -> "brokerEmployeeId";
			case "targetKind", "targetName", "targetOrganisation", "purpose", "gapId", "broker" -> field;
			default -> "purpose";
		};
	}

	/** The form as the service takes it; a person who cannot be found is shown next to their picker. */
	private AskIntroduction command(AskForm form, BindingResult result) {
		PersonId target = person(form.getTargetEmployeeId(), "targetEmployeeId", result);
		PersonId broker = (form.getBroker() == BrokerKind.COLLEAGUE)
				? person(form.getBrokerEmployeeId(), "brokerEmployeeId", result) : null;
		if (form.getBroker() == BrokerKind.COLLEAGUE && broker == null && !result.hasFieldErrors("brokerEmployeeId")) {
			result.rejectValue("brokerEmployeeId", "network.introduction.colleagueRequired");
		}
		boolean person = form.getTargetKind() == TargetKind.PERSON;
		if (target == null && !result.hasFieldErrors("targetEmployeeId")
				&& (form.getTargetName() == null || form.getTargetName().isBlank())) {
			result.rejectValue(person ? "targetEmployeeId" : "targetName", "network.introduction.targetRequired");
		}
		return new AskIntroduction(form.getTargetKind(), person ? target : null,
				(person && target != null) ? null : form.getTargetName(), form.getTargetOrganisation(), form.getPurpose(),
				form.getGapId(), form.getBroker(), broker);
	}

	private PersonId person(String employeeId, String field, BindingResult result) {
		String typed = (employeeId != null) ? employeeId.strip() : "";
		if (typed.isEmpty()) {
			return null;
		}
		PersonId found = this.people.personIdOf(typed).map(PersonId::of).orElse(null);
		if (found == null) {
			result.rejectValue(field, "network.introduction.unknownTarget");
		}
		return found;
	}

	private String askPage(Actor actor, AskForm form, Model model) {
		model.addAttribute("askForm", form);
		model.addAttribute("manager", this.introductions.myManager(actor).map(PersonView::fullName).orElse(null));
		model.addAttribute("mayAskTheLeads", this.introductions.mayAskTheLeads(actor));
		model.addAttribute("gaps", this.introductions.myGaps(actor));
		model.addAttribute("targetKinds", List.of(TargetKind.values()));
		return "network/introduction/ask";
	}

	private String page(Actor actor, UUID id, Model model) {
		IntroductionView introduction = this.introductions.get(actor, id);
		model.addAttribute("introduction", introduction);
		if (!model.containsAttribute("answerForm")) {
			AnswerForm answer = new AnswerForm();
			answer.setVersion(introduction.version());
			model.addAttribute("answerForm", answer);
		}
		if (!model.containsAttribute("introducedForm")) {
			IntroducedForm made = new IntroducedForm();
			made.setIntroducedOn(LocalDate.now(this.clock));
			made.setVersion(introduction.version());
			model.addAttribute("introducedForm", made);
		}
		if (!model.containsAttribute("outcomeForm")) {
			OutcomeForm outcome = new OutcomeForm();
			outcome.setVersion(introduction.version());
			outcome.setAddToMap(true);
			model.addAttribute("outcomeForm", outcome);
		}
		if (!model.containsAttribute("mapForm")) {
			MapForm map = new MapForm();
			map.setVersion(introduction.version());
			model.addAttribute("mapForm", map);
		}
		model.addAttribute("channels", List.of(IntroductionChannel.values()));
		model.addAttribute("outcomes", List.of(IntroductionOutcome.values()));
		model.addAttribute("arenas", List.of(Arena.values()));
		model.addAttribute("roles", List.of(DeveloperRole.values()));
		model.addAttribute("closenesses", List.of(1, 2, 3, 4, 5));
		return "network/introduction/show";
	}

}
