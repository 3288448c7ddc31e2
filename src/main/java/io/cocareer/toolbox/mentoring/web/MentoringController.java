package io.cocareer.toolbox.mentoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import io.cocareer.toolbox.mentoring.MentoringCohortView;
import io.cocareer.toolbox.mentoring.MentoringMentorView;
import io.cocareer.toolbox.mentoring.MentoringPairService;
import io.cocareer.toolbox.mentoring.MentoringPinsInfeasible;
import io.cocareer.toolbox.mentoring.MentoringService;
import io.cocareer.toolbox.mentoring.MentoringPairView;
import io.cocareer.toolbox.mentoring.PreviousMentor;
import io.cocareer.toolbox.mentoring.RuleKind;

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
 * The pages of mentoring programmes: the cohorts, a cohort (enrolment lists, the matching with
 * each pair's reasons, pins and bans, publishing), enrolling as mentor or mentee, "my mentoring"
 * and a pair (agreement, meetings, feedback). Forms show every error at once, next to its field;
 * pins that cannot hold are named next to the pins.
 */
@Controller
@RequestMapping("/toolbox/mentoring")
class MentoringController {

	private static final PageProblems PROBLEMS = new PageProblems("toolbox.mentoring.stale");

	/** The service's field names where the form names them otherwise. */
	private static final Map<String, String> FORM_FIELDS = Map.of("personId", "person", "preferredMentorId",
			"preferredMentor");

	private static final Function<DomainException, String> FIELD = (ex) -> {
		String field = PageProblems.fieldOf(ex);
		return (field != null) ? FORM_FIELDS.getOrDefault(field, field) : null;
	};

	private final MentoringService mentoring;

	private final MentoringPairService pairs;

	private final PeopleDirectory people;

	private final Clock clock;

	MentoringController(MentoringService mentoring, MentoringPairService pairs, PeopleDirectory people, Clock clock) {
		this.mentoring = mentoring;
		this.pairs = pairs;
		this.people = people;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- cohorts

	@GetMapping
	String cohorts(Actor actor, Model model) {
		model.addAttribute("cohorts", this.mentoring.list(actor));
		model.addAttribute("mayManage", this.mentoring.mayManage(actor));
		return "toolbox/mentoring/cohorts";
	}

	@GetMapping("/cohorts/new")
	String newCohort(Actor actor, Model model) {
		return newCohortPage(actor, new CohortForm(), model);
	}

	@PostMapping("/cohorts")
	String create(Actor actor, @Valid @ModelAttribute("cohortForm") CohortForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		reject(result, MentoringService.cohortProblems(form.toCommand()));
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, FIELD, () -> this.mentoring.create(actor, form.toCommand()));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "toolbox.mentoring.cohortCreated");
				return "redirect:/toolbox/mentoring/cohorts/" + created.get();
			}
		}
		return newCohortPage(actor, form, model);
	}

	@GetMapping("/cohorts/{id}")
	String cohort(Actor actor, @PathVariable UUID id, Model model) {
		MentoringCohortView cohort = this.mentoring.get(actor, id);
		model.addAttribute("cohort", cohort);
		if (!model.containsAttribute("conflicts")) {
			model.addAttribute("conflicts", List.of());
		}
		return "toolbox/mentoring/cohort";
	}

	@PostMapping("/cohorts/{id}/close")
	String close(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.mentoring.closeEnrolment(actor, id))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.enrolmentClosed");
		}
		return "redirect:/toolbox/mentoring/cohorts/" + id;
	}

	@PostMapping("/cohorts/{id}/match")
	String match(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		if (withConflicts(redirect, () -> this.mentoring.runMatching(actor, id))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.matchedMessage");
		}
		return "redirect:/toolbox/mentoring/cohorts/" + id + "#matching";
	}

	@PostMapping("/cohorts/{id}/rules")
	String rule(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID menteeId,
			@RequestParam(required = false) UUID mentorId, @RequestParam(required = false) RuleKind kind,
			RedirectAttributes redirect) {
		if (withConflicts(redirect, () -> this.mentoring.setRule(actor, id, menteeId, mentorId, kind))) {
			redirect.addFlashAttribute("message",
					(kind == RuleKind.FORBID) ? "toolbox.mentoring.forbiddenMessage" : "toolbox.mentoring.pinnedMessage");
		}
		return "redirect:/toolbox/mentoring/cohorts/" + id + "#rules";
	}

	/**
	 * Runs a change of the matching: pins that cannot hold are flashed as {@code conflicts}, each
	 * named, shown next to the pins; any other refusal as the page's problem.
	 */
	private static boolean withConflicts(RedirectAttributes redirect, Runnable change) {
		var refusal = PROBLEMS.refusal(change);
		if (refusal.isEmpty()) {
			return true;
		}
		if (refusal.get().exception() instanceof MentoringPinsInfeasible infeasible) {
			redirect.addFlashAttribute("conflicts", infeasible.conflicts());
		}
		else {
			refusal.get().flash(redirect);
		}
		return false;
	}

	@PostMapping("/cohorts/{id}/rules/{ruleId}/delete")
	String removeRule(Actor actor, @PathVariable UUID id, @PathVariable UUID ruleId, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.mentoring.removeRule(actor, id, ruleId))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.ruleRemovedMessage");
		}
		return "redirect:/toolbox/mentoring/cohorts/" + id + "#rules";
	}

	@PostMapping("/cohorts/{id}/publish")
	String publish(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.mentoring.publish(actor, id, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.publishedMessage");
		}
		return "redirect:/toolbox/mentoring/cohorts/" + id;
	}

	@PostMapping("/cohorts/{id}/end")
	String end(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.mentoring.end(actor, id))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.endedMessage");
		}
		return "redirect:/toolbox/mentoring/cohorts/" + id;
	}

	// ---------------------------------------------------------------- enrolment

	@GetMapping("/cohorts/{id}/mentors/new")
	String newMentor(Actor actor, @PathVariable UUID id, Model model) {
		return mentorPage(actor, id, null, new MentorForm(), model);
	}

	@PostMapping("/cohorts/{id}/mentors")
	String enrolMentor(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("mentorForm") MentorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		MentoringCohortView cohort = this.mentoring.get(actor, id);
		PersonId person = cohort.mayManage() ? person(form.getPerson(), "person", result) : null;
		reject(result, MentoringService.mentorProblems(form.toRequest(person), 0));
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, FIELD, () -> this.mentoring.enrolMentor(actor, id, form.toRequest(person)))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.mentorEnrolled");
			return "redirect:/toolbox/mentoring/cohorts/" + id;
		}
		return mentorPage(actor, id, null, form, model);
	}

	@GetMapping("/cohorts/{id}/mentors/{mentorId}")
	String editMentor(Actor actor, @PathVariable UUID id, @PathVariable UUID mentorId, Model model) {
		MentoringMentorView mentor = mentorOf(this.mentoring.get(actor, id), mentorId);
		MentorForm form = new MentorForm();
		form.setCapacity(mentor.capacity());
		form.setTopics(String.join(", ", mentor.topics()));
		form.setAvailability(mentor.availability());
		form.setVersion(mentor.version());
		return mentorPage(actor, id, mentor, form, model);
	}

	@PostMapping("/cohorts/{id}/mentors/{mentorId}")
	String changeMentor(Actor actor, @PathVariable UUID id, @PathVariable UUID mentorId,
			@Valid @ModelAttribute("mentorForm") MentorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		MentoringMentorView mentor = mentorOf(this.mentoring.get(actor, id), mentorId);
		reject(result, MentoringService.mentorProblems(form.toRequest(null), mentor.pins()));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD, () -> this.mentoring.changeMentor(actor, id, mentorId,
				form.toRequest(null), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.mentorChanged");
			return "redirect:/toolbox/mentoring/cohorts/" + id;
		}
		return mentorPage(actor, id, mentor, form, model);
	}

	@GetMapping("/cohorts/{id}/mentees/new")
	String newMentee(Actor actor, @PathVariable UUID id, Model model) {
		return menteePage(actor, id, new MenteeForm(), model);
	}

	@PostMapping("/cohorts/{id}/mentees")
	String enrolMentee(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("menteeForm") MenteeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		MentoringCohortView cohort = this.mentoring.get(actor, id);
		PersonId person = cohort.mayManage() ? person(form.getPerson(), "person", result) : null;
		reject(result, MentoringService.menteeProblems(form.toRequest(person)));
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, FIELD, () -> this.mentoring.enrolMentee(actor, id, form.toRequest(person)))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.menteeEnrolled");
			return "redirect:/toolbox/mentoring/cohorts/" + id;
		}
		return menteePage(actor, id, form, model);
	}

	// ---------------------------------------------------------------- mine, pairs

	@GetMapping("/mine")
	String mine(Actor actor, Model model) {
		model.addAttribute("mine", this.mentoring.mine(actor));
		return "toolbox/mentoring/mine";
	}

	@GetMapping("/pairs/{id}")
	String pair(Actor actor, @PathVariable UUID id, Model model) {
		return pairPage(actor, id, null, new MeetingForm(), new FeedbackForm(), model);
	}

	@PostMapping("/pairs/{id}/agreement")
	String agree(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("agreementForm") AgreementForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.pairs.get(actor, id);
		reject(result, MentoringPairService.agreementProblems(form.toTerms()));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD,
				() -> this.pairs.agree(actor, id, form.toTerms(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.agreementSaved");
			return "redirect:/toolbox/mentoring/pairs/" + id + "#agreement";
		}
		return pairPage(actor, id, form, new MeetingForm(), new FeedbackForm(), model);
	}

	@PostMapping("/pairs/{id}/accept")
	String accept(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.pairs.accept(actor, id, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.agreementAccepted");
		}
		return "redirect:/toolbox/mentoring/pairs/" + id + "#agreement";
	}

	@PostMapping("/pairs/{id}/meetings")
	String logMeeting(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.pairs.get(actor, id);
		reject(result, MentoringPairService.meetingProblems(form.toCommand(), LocalDate.now(this.clock)));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD, () -> this.pairs.logMeeting(actor, id, form.toCommand()))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.meetingLogged");
			return "redirect:/toolbox/mentoring/pairs/" + id + "#meetings";
		}
		return pairPage(actor, id, null, form, new FeedbackForm(), model);
	}

	@PostMapping("/pairs/{id}/feedback")
	String feedback(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.pairs.get(actor, id);
		reject(result, MentoringPairService.feedbackProblems(form.toCommand()));
		if (!result.hasErrors() && PROBLEMS.saved(result, FIELD, () -> this.pairs.giveFeedback(actor, id, form.toCommand()))) {
			redirect.addFlashAttribute("message", "toolbox.mentoring.feedbackThanks");
			return "redirect:/toolbox/mentoring/pairs/" + id + "#feedback";
		}
		return pairPage(actor, id, null, new MeetingForm(), form, model);
	}

	// ---------------------------------------------------------------- pages

	private String newCohortPage(Actor actor, CohortForm form, Model model) {
		if (!this.mentoring.mayManage(actor)) {
			throw new io.cocareer.shared.PermissionDenied("toolbox.mentoring.denied.manage",
					"The talent lead runs mentoring cohorts");
		}
		model.addAttribute("cohortForm", form);
		return "toolbox/mentoring/new-cohort";
	}

	private String mentorPage(Actor actor, UUID id, MentoringMentorView editing, MentorForm form, Model model) {
		MentoringCohortView cohort = this.mentoring.get(actor, id);
		if (editing == null && !cohort.mayEnrolAsMentor()) {
			throw new io.cocareer.shared.BusinessRuleViolation("toolbox.mentoring.rule.enrolmentClosed",
					"Enrolment in this cohort is closed");
		}
		model.addAttribute("cohort", cohort);
		model.addAttribute("editing", editing);
		model.addAttribute("mentorForm", form);
		return "toolbox/mentoring/enrol-mentor";
	}

	private String menteePage(Actor actor, UUID id, MenteeForm form, Model model) {
		MentoringCohortView cohort = this.mentoring.get(actor, id);
		if (!cohort.mayEnrolAsMentee()) {
			throw new io.cocareer.shared.BusinessRuleViolation("toolbox.mentoring.rule.enrolmentClosed",
					"Enrolment in this cohort is closed");
		}
		model.addAttribute("cohort", cohort);
		model.addAttribute("menteeForm", form);
		model.addAttribute("previousChoices", List.of(PreviousMentor.values()));
		model.addAttribute("mentorChoices", this.mentoring.mentorChoices(actor, id));
		return "toolbox/mentoring/enrol-mentee";
	}

	private String pairPage(Actor actor, UUID id, AgreementForm agreement, MeetingForm meeting, FeedbackForm feedback,
			Model model) {
		MentoringPairView pair = this.pairs.get(actor, id);
		model.addAttribute("view", pair);
		model.addAttribute("agreementForm", (agreement != null) ? agreement : AgreementForm.of(pair));
		model.addAttribute("meetingForm", meeting);
		model.addAttribute("feedbackForm", feedback);
		model.addAttribute("ratings", List.of(1, 2, 3, 4, 5));
		return "toolbox/mentoring/pair";
	}

	private static MentoringMentorView mentorOf(MentoringCohortView cohort, UUID mentorId) {
		if (cohort.myMentorEnrolment() != null && cohort.myMentorEnrolment().id().equals(mentorId)) {
			return cohort.myMentorEnrolment();
		}
		return cohort.mentors()
			.stream()
			.filter((m) -> m.id().equals(mentorId))
			.findFirst()
			.orElseThrow(() -> new io.cocareer.shared.NotFoundException("toolbox.mentoring.enrolment.notFound",
					"There is no such enrolment"));
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
