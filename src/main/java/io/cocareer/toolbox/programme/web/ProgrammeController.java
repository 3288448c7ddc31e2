package io.cocareer.toolbox.programme.web;

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
import io.cocareer.shared.web.PageProblems;
import io.cocareer.toolbox.programme.Commands.AddModule;
import io.cocareer.toolbox.programme.Commands.AddTrack;
import io.cocareer.toolbox.programme.Commands.CreateCohort;
import io.cocareer.toolbox.programme.Commands.CreateProgramme;
import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.ProgressState;
import io.cocareer.toolbox.programme.TrackKind;
import io.cocareer.toolbox.programme.Views.ProgrammeView;

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
 * The pages of development programmes: the programmes (the talent lead creates them), a programme
 * with its tracks, modules and cohorts (and the talent lead's forms for them), a cohort's grid of
 * participants by modules (the rows its reader may see; progress set in the cells), and my
 * programmes (with a manager's team). Forms show every error at once, next to its field.
 */
@Controller
@RequestMapping("/toolbox/programmes")
class ProgrammeController {

	private static final PageProblems PROBLEMS = new PageProblems("toolbox.programme.stale");

	private static final Map<String, String> FORM_FIELDS = Map.of("personId", "person");

	private static final Function<DomainException, String> FIELD = (ex) -> {
		String field = PageProblems.fieldOf(ex);
		return (field != null) ? FORM_FIELDS.getOrDefault(field, field) : null;
	};

	private final ProgrammeService programmes;

	private final PeopleDirectory people;

	ProgrammeController(ProgrammeService programmes, PeopleDirectory people) {
		this.programmes = programmes;
		this.people = people;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		return listPage(actor, new ProgrammeForm(), model);
	}

	@PostMapping
	String create(Actor actor, @Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CreateProgramme command = new CreateProgramme(form.getName(), form.getDescription());
		reject(result, ProgrammeService.programmeProblems(command));
		if (!result.hasErrors()) {
			Optional<UUID> created = PROBLEMS.created(result, FIELD, () -> this.programmes.create(actor, command));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "toolbox.programme.created");
				return "redirect:/toolbox/programmes/" + created.get();
			}
		}
		return listPage(actor, form, model);
	}

	@GetMapping("/mine")
	String mine(Actor actor, Model model) {
		model.addAttribute("mine", this.programmes.mine(actor));
		model.addAttribute("team", this.programmes.team(actor));
		return "toolbox/programme/mine";
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return programmePage(actor, id, model);
	}

	@PostMapping("/{id}/tracks")
	String addTrack(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("trackForm") TrackForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.programmes.get(actor, id);
		AddTrack command = new AddTrack(form.getKind(), form.getName());
		reject(result, ProgrammeService.trackProblems(command));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD, () -> this.programmes.addTrack(actor, id, command))) {
			redirect.addFlashAttribute("message", "toolbox.programme.trackAdded");
			return "redirect:/toolbox/programmes/" + id;
		}
		return programmePage(actor, id, model);
	}

	@PostMapping("/{id}/modules")
	String addModule(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("moduleForm") ModuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProgrammeView programme = this.programmes.get(actor, id);
		AddModule command = new AddModule(form.getTitle(), form.getDescription(), form.getEffortHours(),
				form.getRequired());
		reject(result, ProgrammeService.moduleProblems(command));
		requireTrack(programme, form.getTrack(), result);
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, FIELD, () -> this.programmes.addModule(actor, form.getTrack(), command))) {
			redirect.addFlashAttribute("message", "toolbox.programme.moduleAdded");
			return "redirect:/toolbox/programmes/" + id;
		}
		return programmePage(actor, id, model);
	}

	@PostMapping("/{id}/cohorts")
	String addCohort(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("cohortForm") CohortForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProgrammeView programme = this.programmes.get(actor, id);
		CreateCohort command = new CreateCohort(form.getName(), form.getStartsOn(), form.getEndsOn(),
				form.getCapacity());
		reject(result, ProgrammeService.cohortProblems(command));
		requireTrack(programme, form.getTrack(), result);
		if (!result.hasErrors()) {
			Optional<UUID> created = PROBLEMS.created(result, FIELD,
					() -> this.programmes.createCohort(actor, form.getTrack(), command));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "toolbox.programme.cohortCreated");
				return "redirect:/toolbox/programmes/cohorts/" + created.get();
			}
		}
		return programmePage(actor, id, model);
	}

	@GetMapping("/cohorts/{id}")
	String cohort(Actor actor, @PathVariable UUID id, Model model) {
		return cohortPage(actor, id, new EnrolForm(), model);
	}

	@PostMapping("/cohorts/{id}/participants")
	String enrol(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("enrolForm") EnrolForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.programmes.cohort(actor, id);
		PersonId person = person(form.getPerson(), result);
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, "person", () -> this.programmes.enrol(actor, id, person))) {
			redirect.addFlashAttribute("message", "toolbox.programme.enrolled");
			return "redirect:/toolbox/programmes/cohorts/" + id;
		}
		return cohortPage(actor, id, form, model);
	}

	@PostMapping("/cohorts/{id}/participants/{participantId}/withdraw")
	String withdraw(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.programmes.withdraw(actor, id, participantId))) {
			redirect.addFlashAttribute("message", "toolbox.programme.withdrawn");
		}
		return "redirect:/toolbox/programmes/cohorts/" + id;
	}

	@PostMapping("/cohorts/{id}/participants/{participantId}/progress/{moduleId}")
	String progress(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId,
			@PathVariable UUID moduleId, @RequestParam(required = false) ProgressState state,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect,
				() -> this.programmes.updateProgress(actor, id, participantId, moduleId, state))) {
			redirect.addFlashAttribute("message", "toolbox.programme.progressSaved");
		}
		return "redirect:/toolbox/programmes/cohorts/" + id + "#participant-" + participantId;
	}

	private String listPage(Actor actor, ProgrammeForm form, Model model) {
		model.addAttribute("programmes", this.programmes.list(actor));
		model.addAttribute("mayManage", this.programmes.mayManage(actor));
		model.addAttribute("programmeForm", form);
		return "toolbox/programme/list";
	}

	private String programmePage(Actor actor, UUID id, Model model) {
		ProgrammeView programme = this.programmes.get(actor, id);
		model.addAttribute("programme", programme);
		if (!model.containsAttribute("trackForm")) {
			model.addAttribute("trackForm", new TrackForm());
		}
		if (!model.containsAttribute("moduleForm")) {
			model.addAttribute("moduleForm", new ModuleForm());
		}
		if (!model.containsAttribute("cohortForm")) {
			model.addAttribute("cohortForm", new CohortForm());
		}
		model.addAttribute("kinds", List.of(TrackKind.values()));
		return "toolbox/programme/programme";
	}

	private String cohortPage(Actor actor, UUID id, EnrolForm form, Model model) {
		model.addAttribute("cohort", this.programmes.cohort(actor, id));
		model.addAttribute("enrolForm", form);
		model.addAttribute("states", List.of(ProgressState.values()));
		return "toolbox/programme/cohort";
	}

	private static void requireTrack(ProgrammeView programme, UUID track, BindingResult result) {
		if (track != null && programme.tracks().stream().noneMatch((t) -> t.id().equals(track))
				&& !result.hasFieldErrors("track")) {
			result.rejectValue("track", "toolbox.programme.track.required", "Choose a track");
		}
	}

	private PersonId person(String employeeId, BindingResult result) {
		return PickedPerson.of(this.people, employeeId, "person", result);
	}

	private static void reject(BindingResult result, List<InvalidInput> problems) {
		PageProblems.rejectEach(result, problems, FIELD);
	}

}
