package io.cocareer.toolbox.assessment.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PickedPerson;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.talent.CompetencyView;
import io.cocareer.toolbox.assessment.AssessmentCentreService;
import io.cocareer.toolbox.assessment.AssessmentRefused;
import io.cocareer.toolbox.assessment.CentreView;
import io.cocareer.toolbox.assessment.ExerciseKind;
import io.cocareer.toolbox.assessment.PersonRef;
import io.cocareer.toolbox.assessment.RatingSheet;
import io.cocareer.toolbox.assessment.WashUpView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The pages of assessment centres: the list (and setting one up), a centre's set-up (exercises,
 * competencies and the matrix, participants, assessors and who observes whom), an assessor's
 * rating sheet, the wash-up of a participant and the report to them. Forms show every error at
 * once, next to its field; what the reader may do comes from the service's access policy.
 */
@Controller
@RequestMapping("/toolbox/assessment")
class AssessmentController {

	private static final PageProblems PROBLEMS = new PageProblems("toolbox.assessment.stale");

	private final AssessmentCentreService centres;

	private final PeopleDirectory people;

	private final ReportPdf pdf;

	AssessmentController(AssessmentCentreService centres, PeopleDirectory people, ReportPdf pdf) {
		this.centres = centres;
		this.people = people;
		this.pdf = pdf;
	}

	// ---------------------------------------------------------------- list

	@GetMapping
	String list(Actor actor, Model model) {
		return listPage(actor, new CentreForm(), model);
	}

	@PostMapping("/centres")
	String create(Actor actor, @Valid @ModelAttribute("centreForm") CentreForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireLead(actor);
		UUID[] created = new UUID[1];
		if (!result.hasErrors() && saved(result, () -> created[0] = this.centres.create(actor, form.toCommand()))) {
			redirect.addFlashAttribute("message", "toolbox.assessment.created");
			return "redirect:/toolbox/assessment/centres/" + created[0];
		}
		return listPage(actor, form, model);
	}

	private String listPage(Actor actor, CentreForm form, Model model) {
		model.addAttribute("centres", this.centres.list(actor));
		model.addAttribute("reports", this.centres.reports(actor));
		model.addAttribute("myPersonId", (actor.personId() != null) ? actor.personId().value() : null);
		model.addAttribute("maySetUp", this.centres.maySetUp(actor));
		model.addAttribute("centreForm", form);
		return "toolbox/assessment/list";
	}

	// ---------------------------------------------------------------- set-up

	@GetMapping("/centres/{id}")
	String centre(Actor actor, @PathVariable UUID id, Model model) {
		return centrePage(actor, id, model);
	}

	@PostMapping("/centres/{id}")
	String describe(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("centreForm") CentreForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.centres.get(actor, id);
		if (!result.hasErrors() && saved(result,
				() -> this.centres.describe(actor, id, form.toCommand(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.assessment.saved");
			return "redirect:/toolbox/assessment/centres/" + id;
		}
		return centrePage(actor, id, model);
	}

	@PostMapping("/centres/{id}/exercises")
	String addExercise(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("exerciseForm") ExerciseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.centres.get(actor, id);
		if (!result.hasErrors() && saved(result, () -> this.centres.addExercise(actor, id, form.toCommand()))) {
			redirect.addFlashAttribute("message", "toolbox.assessment.exercise.added");
			return "redirect:/toolbox/assessment/centres/" + id + "#exercises";
		}
		return centrePage(actor, id, model);
	}

	@PostMapping("/centres/{id}/exercises/{exerciseId}/remove")
	String removeExercise(Actor actor, @PathVariable UUID id, @PathVariable UUID exerciseId,
			RedirectAttributes redirect) {
		return attempted(redirect, id, "#exercises", "toolbox.assessment.exercise.removed",
				() -> this.centres.removeExercise(actor, id, exerciseId));
	}

	@PostMapping("/centres/{id}/competencies")
	String addCompetency(Actor actor, @PathVariable UUID id, @ModelAttribute("competencyForm") PickForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.centres.get(actor, id);
		if (!result.hasErrors()
				&& saved(result, () -> this.centres.addCompetency(actor, id, form.getCompetencyId()))) {
			redirect.addFlashAttribute("message", "toolbox.assessment.competency.added");
			return "redirect:/toolbox/assessment/centres/" + id + "#matrix";
		}
		return centrePage(actor, id, model);
	}

	@PostMapping("/centres/{id}/competencies/{competencyId}/remove")
	String removeCompetency(Actor actor, @PathVariable UUID id, @PathVariable UUID competencyId,
			RedirectAttributes redirect) {
		return attempted(redirect, id, "#matrix", "toolbox.assessment.competency.removed",
				() -> this.centres.removeCompetency(actor, id, competencyId));
	}

	@PostMapping("/centres/{id}/matrix")
	String observe(Actor actor, @PathVariable UUID id, @RequestParam UUID exerciseId, @RequestParam UUID competencyId,
			@RequestParam boolean observes, RedirectAttributes redirect) {
		return attempted(redirect, id, "#matrix", "toolbox.assessment.matrix.saved",
				() -> this.centres.observe(actor, id, exerciseId, competencyId, observes));
	}

	@PostMapping("/centres/{id}/participants")
	String addParticipant(Actor actor, @PathVariable UUID id, @ModelAttribute("participantForm") PickForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.centres.get(actor, id);
		if (!result.hasErrors()
				&& saved(result, () -> this.centres.addParticipant(actor, id, PersonId.ofNullable(form.getPersonId())))) {
			redirect.addFlashAttribute("message", "toolbox.assessment.participant.added");
			return "redirect:/toolbox/assessment/centres/" + id + "#participants";
		}
		return centrePage(actor, id, model);
	}

	@PostMapping("/centres/{id}/participants/{personId}/remove")
	String removeParticipant(Actor actor, @PathVariable UUID id, @PathVariable UUID personId,
			RedirectAttributes redirect) {
		return attempted(redirect, id, "#participants", "toolbox.assessment.participant.removed",
				() -> this.centres.removeParticipant(actor, id, personId));
	}

	@PostMapping("/centres/{id}/assessors")
	String addAssessor(Actor actor, @PathVariable UUID id, @ModelAttribute("assessorForm") PickForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.centres.get(actor, id);
		PersonId person = null;
		if (form.getAssessor() == null || form.getAssessor().isBlank()) {
			result.rejectValue("assessor", "toolbox.assessment.assessor.required", "Choose an assessor");
		}
		else {
			person = PickedPerson.of(this.people, form.getAssessor(), "assessor", result);
		}
		PersonId chosen = person;
		if (!result.hasErrors() && saved(result, (ex) -> "assessor",
				() -> this.centres.addAssessor(actor, id, chosen))) {
			redirect.addFlashAttribute("message", "toolbox.assessment.assessor.added");
			return "redirect:/toolbox/assessment/centres/" + id + "#assessors";
		}
		return centrePage(actor, id, model);
	}

	@PostMapping("/centres/{id}/assessors/{personId}/remove")
	String removeAssessor(Actor actor, @PathVariable UUID id, @PathVariable UUID personId,
			RedirectAttributes redirect) {
		return attempted(redirect, id, "#assessors", "toolbox.assessment.assessor.removed",
				() -> this.centres.removeAssessor(actor, id, personId));
	}

	@PostMapping("/centres/{id}/observers")
	String observer(Actor actor, @PathVariable UUID id, @RequestParam UUID participantId,
			@RequestParam UUID assessorId, @RequestParam boolean observes, RedirectAttributes redirect) {
		return attempted(redirect, id, "#observers", "toolbox.assessment.observers.saved",
				() -> this.centres.setObserver(actor, id, participantId, assessorId, observes));
	}

	@PostMapping("/centres/{id}/open-ratings")
	String openRatings(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return attempted(redirect, id, "", "toolbox.assessment.ratingsOpened",
				() -> this.centres.openRatings(actor, id));
	}

	@PostMapping("/centres/{id}/start-wash-up")
	String startWashUp(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return attempted(redirect, id, "", "toolbox.assessment.washUpStarted",
				() -> this.centres.startWashUp(actor, id));
	}

	private String centrePage(Actor actor, UUID id, Model model) {
		CentreView centre = this.centres.get(actor, id);
		model.addAttribute("centre", centre);
		if (!model.containsAttribute("centreForm")) {
			model.addAttribute("centreForm", CentreForm.of(centre));
		}
		for (String form : List.of("competencyForm", "participantForm", "assessorForm")) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, new PickForm());
			}
		}
		if (!model.containsAttribute("exerciseForm")) {
			model.addAttribute("exerciseForm", new ExerciseForm());
		}
		model.addAttribute("kinds", List.of(ExerciseKind.values()));
		List<CompetencyView> catalogue = centre.mayEdit() ? this.centres.catalogue() : List.of();
		model.addAttribute("catalogue", catalogue.stream()
			.filter((c) -> centre.competencies().stream().noneMatch((own) -> own.id().equals(c.id())))
			.toList());
		model.addAttribute("candidates", centre.mayEdit() ? this.centres.candidates(actor, id) : List.<PersonRef>of());
		return "toolbox/assessment/centre";
	}

	// ---------------------------------------------------------------- rating sheet

	@GetMapping("/centres/{id}/ratings/{participantId}")
	String sheet(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId, Model model) {
		RatingSheet sheet = this.centres.sheet(actor, id, participantId);
		return sheetPage(sheet, SheetForm.of(sheet), model);
	}

	@PostMapping("/centres/{id}/ratings/{participantId}")
	String rate(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId,
			@ModelAttribute("sheetForm") SheetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RatingSheet sheet = this.centres.sheet(actor, id, participantId);
		if (!result.hasErrors()
				&& saved(result, () -> this.centres.saveRatings(actor, id, participantId, form.toEntries()))) {
			redirect.addFlashAttribute("message", "toolbox.assessment.ratings.saved");
			return "redirect:/toolbox/assessment/centres/" + id + "/ratings/" + participantId;
		}
		return sheetPage(sheet, form, model);
	}

	private String sheetPage(RatingSheet sheet, SheetForm form, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("sheetForm", form);
		return "toolbox/assessment/sheet";
	}

	// ---------------------------------------------------------------- wash-up and report

	@GetMapping("/centres/{id}/wash-up")
	String firstWashUp(Actor actor, @PathVariable UUID id) {
		return this.centres.firstWashUp(actor, id)
			.map((p) -> "redirect:/toolbox/assessment/centres/" + id + "/wash-up/" + p)
			.orElse("redirect:/toolbox/assessment/centres/" + id);
	}

	@GetMapping("/centres/{id}/wash-up/{participantId}")
	String washUp(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId, Model model) {
		WashUpView view = this.centres.washUp(actor, id, participantId);
		return washUpPage(view, WashUpForm.of(view), model);
	}

	@PostMapping("/centres/{id}/wash-up/{participantId}")
	String recordWashUp(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId,
			@ModelAttribute("washUpForm") WashUpForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean finalise, Model model, RedirectAttributes redirect) {
		WashUpView view = this.centres.washUp(actor, id, participantId);
		if (!result.hasErrors() && saved(result, () -> this.centres.recordWashUp(actor, id, participantId,
				form.toRecord(), Versions.required(form.getVersion()), finalise))) {
			redirect.addFlashAttribute("message",
					finalise ? "toolbox.assessment.washUp.finalised" : "toolbox.assessment.washUp.saved");
			return "redirect:/toolbox/assessment/centres/" + id + "/wash-up/" + participantId;
		}
		return washUpPage(view, form, model);
	}

	@PostMapping("/centres/{id}/wash-up/{participantId}/release")
	String release(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.centres.release(actor, id, participantId))) {
			redirect.addFlashAttribute("message", "toolbox.assessment.report.released");
		}
		return "redirect:/toolbox/assessment/centres/" + id + "/wash-up/" + participantId;
	}

	private String washUpPage(WashUpView view, WashUpForm form, Model model) {
		model.addAttribute("washUp", view);
		model.addAttribute("washUpForm", form);
		model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
		return "toolbox/assessment/washup";
	}

	@GetMapping("/centres/{id}/reports/{participantId}")
	String report(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId, Model model) {
		model.addAttribute("report", this.centres.report(actor, id, participantId));
		return "toolbox/assessment/report";
	}

	/** The report as a PDF to keep, for whoever reads the report. */
	@GetMapping("/centres/{id}/reports/{participantId}/pdf")
	ResponseEntity<byte[]> reportPdf(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId,
			Locale locale) {
		byte[] pdf = this.pdf.render(this.centres.report(actor, id, participantId), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("assessment-report.pdf").build().toString())
			.body(pdf);
	}

	// ---------------------------------------------------------------- helpers

	private String attempted(RedirectAttributes redirect, UUID id, String anchor, String message, Runnable action) {
		if (PROBLEMS.attempted(redirect, action)) {
			redirect.addFlashAttribute("message", message);
		}
		return "redirect:/toolbox/assessment/centres/" + id + anchor;
	}

	/** Runs a save; every problem of a refusal lands next to its field (or above the form). */
	private static boolean saved(BindingResult result, Runnable save) {
		return saved(result, PageProblems::fieldOf, save);
	}

	private static boolean saved(BindingResult result, java.util.function.Function<DomainException, String> field,
			Runnable save) {
		Optional<PageProblems.Refusal> refusal = PROBLEMS.refusal(save);
		refusal.ifPresent((r) -> {
			if (r.exception() instanceof AssessmentRefused all) {
				all.problems().forEach((p) -> reject(result, p));
			}
			else {
				r.rejectIn(result, r.stale() ? null : field.apply(r.exception()));
			}
		});
		return refusal.isEmpty();
	}

	private static void reject(BindingResult result, InvalidInput problem) {
		rejectAt(result, problem.field(), problem);
	}

	private static void rejectAt(BindingResult result, String field, DomainException problem) {
		if (field != null && result.getFieldType(field) != null) {
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, problem.code(), problem.arguments(), problem.getMessage());
			}
		}
		else {
			result.reject(problem.code(), problem.arguments(), problem.getMessage());
		}
	}

	private void requireLead(Actor actor) {
		if (!this.centres.maySetUp(actor)) {
			throw new PermissionDenied("toolbox.assessment.denied.lead", "The talent lead sets up assessment centres");
		}
	}

}
