package io.cocareer.toolbox.programme.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.toolbox.programme.Commands.ChangeCohort;
import io.cocareer.toolbox.programme.Commands.ChangeModule;
import io.cocareer.toolbox.programme.Commands.ChangeProgramme;
import io.cocareer.toolbox.programme.Commands.ChangeTrack;
import io.cocareer.toolbox.programme.MoveDirection;
import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.TrackKind;
import io.cocareer.toolbox.programme.Views.CohortView;
import io.cocareer.toolbox.programme.Views.ModuleView;
import io.cocareer.toolbox.programme.Views.ProgrammeView;
import io.cocareer.toolbox.programme.Views.TrackView;

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
 * The talent lead's changes to what exists (the building is {@link ProgrammeController}'s): a
 * programme's name and description, a track's name (and kind, before a cohort of it began), a
 * module's title, description and effort, its place (up, down) and its removal, a cohort's name and
 * dates. Every form names the version it was read at and shows all its problems at once, next to
 * their fields; a lost race shows the form as it is now, with a word why. For anybody else these
 * pages are refused (403) and the pages they read offer no such control.
 */
@Controller
@RequestMapping("/toolbox/programmes")
class ProgrammeChangeController {

	private static final String STALE = "toolbox.programme.stale";

	private static final PageProblems PROBLEMS = new PageProblems(STALE);

	/** A missing version is no field the user can mend: it goes at the top of the form. */
	private static final Function<DomainException, String> FIELD = (ex) -> {
		String field = PageProblems.fieldOf(ex);
		return "version".equals(field) ? null : field;
	};

	private static final String VIEW = "toolbox/programme/edit";

	private final ProgrammeService programmes;

	ProgrammeChangeController(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	// ---------------------------------------------------------------- the programme

	@GetMapping("/{id}/edit")
	String editProgramme(Actor actor, @PathVariable UUID id, Model model) {
		ProgrammeView programme = this.programmes.forChange(actor, id);
		return programmePage(programme, ProgrammeChangeForm.of(programme), model);
	}

	@PostMapping("/{id}")
	String changeProgramme(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("programmeChangeForm") ProgrammeChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.programmes.forChange(actor, id);
		ChangeProgramme command = form.toCommand();
		reject(result, ProgrammeService.programmeProblems(command));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD,
				() -> this.programmes.change(actor, id, command, Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.programme.changed");
			return "redirect:/toolbox/programmes/" + id;
		}
		ProgrammeView now = this.programmes.forChange(actor, id);
		if (stale(result)) {
			form.reset(now);
		}
		return programmePage(now, form, model);
	}

	// ---------------------------------------------------------------- a track

	@GetMapping("/{id}/tracks/{trackId}/edit")
	String editTrack(Actor actor, @PathVariable UUID id, @PathVariable UUID trackId, Model model) {
		ProgrammeView programme = this.programmes.forChange(actor, id);
		TrackView track = track(programme, trackId);
		return trackPage(programme, track, TrackChangeForm.of(programme, track), model);
	}

	@PostMapping("/{id}/tracks/{trackId}")
	String changeTrack(Actor actor, @PathVariable UUID id, @PathVariable UUID trackId,
			@Valid @ModelAttribute("trackChangeForm") TrackChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		track(this.programmes.forChange(actor, id), trackId);
		ChangeTrack command = form.toCommand();
		reject(result, ProgrammeService.trackProblems(command));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD,
				() -> this.programmes.changeTrack(actor, trackId, command, Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.programme.trackChanged");
			return "redirect:/toolbox/programmes/" + id + "#track-" + trackId;
		}
		ProgrammeView now = this.programmes.forChange(actor, id);
		TrackView track = track(now, trackId);
		if (stale(result)) {
			form.reset(now, track);
		}
		return trackPage(now, track, form, model);
	}

	// ---------------------------------------------------------------- a module

	@GetMapping("/{id}/modules/{moduleId}/edit")
	String editModule(Actor actor, @PathVariable UUID id, @PathVariable UUID moduleId, Model model) {
		ProgrammeView programme = this.programmes.forChange(actor, id);
		ModuleView module = module(programme, moduleId);
		return modulePage(programme, module, ModuleChangeForm.of(programme, module), model);
	}

	@PostMapping("/{id}/modules/{moduleId}")
	String changeModule(Actor actor, @PathVariable UUID id, @PathVariable UUID moduleId,
			@Valid @ModelAttribute("moduleChangeForm") ModuleChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		module(this.programmes.forChange(actor, id), moduleId);
		ChangeModule command = form.toCommand();
		reject(result, ProgrammeService.moduleProblems(command));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD,
				() -> this.programmes.changeModule(actor, moduleId, command, Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.programme.moduleChanged");
			return "redirect:/toolbox/programmes/" + id + "#module-" + moduleId;
		}
		ProgrammeView now = this.programmes.forChange(actor, id);
		ModuleView module = module(now, moduleId);
		if (stale(result)) {
			form.reset(now, module);
		}
		return modulePage(now, module, form, model);
	}

	/** One place up or down; a refusal (an end of the track, progress, a lost race) shows above the programme. */
	@PostMapping("/{id}/modules/{moduleId}/move")
	String moveModule(Actor actor, @PathVariable UUID id, @PathVariable UUID moduleId,
			@RequestParam(required = false) MoveDirection direction, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		module(this.programmes.forChange(actor, id), moduleId);
		if (PROBLEMS.attempted(redirect,
				() -> this.programmes.moveModule(actor, moduleId, direction, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "toolbox.programme.moduleMoved");
		}
		return "redirect:/toolbox/programmes/" + id + "#module-" + moduleId;
	}

	/** Removes it; a refusal (progress, a lost race) shows above the programme. */
	@PostMapping("/{id}/modules/{moduleId}/remove")
	String removeModule(Actor actor, @PathVariable UUID id, @PathVariable UUID moduleId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		module(this.programmes.forChange(actor, id), moduleId);
		if (PROBLEMS.attempted(redirect,
				() -> this.programmes.removeModule(actor, moduleId, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "toolbox.programme.moduleRemoved");
			return "redirect:/toolbox/programmes/" + id;
		}
		return "redirect:/toolbox/programmes/" + id + "#module-" + moduleId;
	}

	// ---------------------------------------------------------------- a cohort

	@GetMapping("/cohorts/{id}/edit")
	String editCohort(Actor actor, @PathVariable UUID id, Model model) {
		CohortView cohort = this.programmes.cohortForChange(actor, id);
		return cohortPage(cohort, CohortChangeForm.of(cohort), model);
	}

	@PostMapping("/cohorts/{id}")
	String changeCohort(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("cohortChangeForm") CohortChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.programmes.cohortForChange(actor, id);
		ChangeCohort command = form.toCommand();
		reject(result, ProgrammeService.cohortProblems(command));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD,
				() -> this.programmes.changeCohort(actor, id, command, Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.programme.cohortChanged");
			return "redirect:/toolbox/programmes/cohorts/" + id;
		}
		CohortView now = this.programmes.cohortForChange(actor, id);
		if (stale(result)) {
			form.reset(now);
		}
		return cohortPage(now, form, model);
	}

	// ---------------------------------------------------------------- pages

	private String programmePage(ProgrammeView programme, ProgrammeChangeForm form, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("programmeChangeForm", form);
		model.addAttribute("changing", "programme");
		return VIEW;
	}

	private String trackPage(ProgrammeView programme, TrackView track, TrackChangeForm form, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("track", track);
		model.addAttribute("trackChangeForm", form);
		model.addAttribute("kinds", List.of(TrackKind.values()));
		model.addAttribute("changing", "track");
		return VIEW;
	}

	private String modulePage(ProgrammeView programme, ModuleView module, ModuleChangeForm form, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("module", module);
		model.addAttribute("moduleChangeForm", form);
		model.addAttribute("changing", "module");
		return VIEW;
	}

	private String cohortPage(CohortView cohort, CohortChangeForm form, Model model) {
		model.addAttribute("cohort", cohort);
		model.addAttribute("cohortChangeForm", form);
		model.addAttribute("changing", "cohort");
		return VIEW;
	}

	/** The track of this programme (a track of another is not found here). */
	private static TrackView track(ProgrammeView programme, UUID trackId) {
		return programme.tracks()
			.stream()
			.filter((t) -> t.id().equals(trackId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("toolbox.programme.track.notFound", "There is no such track"));
	}

	/** The module of a track of this programme (a module of another is not found here). */
	private static ModuleView module(ProgrammeView programme, UUID moduleId) {
		return programme.tracks()
			.stream()
			.flatMap((t) -> t.modules().stream())
			.filter((m) -> m.id().equals(moduleId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("toolbox.programme.module.notFound", "There is no such module"));
	}

	/** Whether the save lost a race: the form is then shown as it is now. */
	private static boolean stale(BindingResult result) {
		return result.getGlobalErrors().stream().anyMatch((error) -> STALE.equals(error.getCode()));
	}

	private static void reject(BindingResult result, List<InvalidInput> problems) {
		PageProblems.rejectEach(result, problems, FIELD);
	}

}
