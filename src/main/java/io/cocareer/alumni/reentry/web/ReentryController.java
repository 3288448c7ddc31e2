package io.cocareer.alumni.reentry.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.reentry.AskToReturn;
import io.cocareer.alumni.reentry.ReentryRequestView;
import io.cocareer.alumni.reentry.ReentryService;
import io.cocareer.alumni.reentry.RehireBoomerang;
import io.cocareer.alumni.reentry.RepatriationService;
import io.cocareer.alumni.reentry.SaveEvaluation;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
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
 * The evaluators' pages: the requests to come back and the boomerangs' plans, starting a request
 * for an alumnus, and a request's evaluation with its timeline, factors, decision and rehire.
 */
@Controller
@RequestMapping("/alumni/reentry")
class ReentryController {

	static final PageProblems PROBLEMS = new PageProblems("alumni.reentry.stale");

	private final ReentryService reentry;

	private final RepatriationService repatriation;

	private final PeopleDirectory directory;

	private final PeopleService people;

	ReentryController(ReentryService reentry, RepatriationService repatriation, PeopleDirectory directory,
			PeopleService people) {
		this.reentry = reentry;
		this.repatriation = repatriation;
		this.directory = directory;
		this.people = people;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		if (!this.reentry.mayListEvaluations(actor)) {
			throw new io.cocareer.shared.PermissionDenied("alumni.reentry.denied.list",
					"The talent lead and hiring managers evaluate requests to come back");
		}
		model.addAttribute("requests", this.reentry.evaluations(actor));
		model.addAttribute("plans", this.repatriation.plans(actor));
		model.addAttribute("mayStart", this.reentry.isLead(actor));
		return "alumni/reentry/list";
	}

	@GetMapping("/new")
	String newForm(Actor actor, Model model) {
		return startPage(actor, new ReturnForm(), model);
	}

	@PostMapping("/new")
	String start(Actor actor, @Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID manager = person(form.getHiringManagerEmployeeId(), "hiringManagerEmployeeId", result);
		if (form.getPersonId() == null) {
			result.rejectValue("personId", "alumni.reentry.personRequired");
		}
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, (ex) -> field(PageProblems.fieldOf(ex)),
					() -> this.reentry.start(actor, form.getPersonId(), ask(form), manager));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "alumni.reentry.started");
				return "redirect:/alumni/reentry/" + created.get();
			}
		}
		return startPage(actor, form, model);
	}

	@GetMapping("/{id}")
	String evaluation(Actor actor, @PathVariable UUID id, Model model) {
		ReentryRequestView request = this.reentry.evaluation(actor, id);
		if (!model.containsAttribute("evaluationForm")) {
			model.addAttribute("evaluationForm", evaluationForm(request));
		}
		if (!model.containsAttribute("decisionForm")) {
			DecisionForm decision = new DecisionForm();
			decision.setVersion(request.version());
			model.addAttribute("decisionForm", decision);
		}
		if (!model.containsAttribute("rehireForm")) {
			RehireForm rehire = new RehireForm();
			rehire.setOn(request.availableFrom());
			if (request.hiringManagerId() != null) {
				this.directory.find(PersonId.of(request.hiringManagerId()))
					.ifPresent((p) -> rehire.setManagerEmployeeId(p.employeeId()));
			}
			rehire.setTitle(request.targetRole());
			model.addAttribute("rehireForm", rehire);
		}
		model.addAttribute("request", request);
		model.addAttribute("decisions", List.of(ReentryDecision.values()));
		model.addAttribute("units", request.mayRehire() ? this.people.units(actor) : List.of());
		return "alumni/reentry/evaluation";
	}

	@PostMapping("/{id}/evaluation")
	String evaluate(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UUID manager = person(form.getHiringManagerEmployeeId(), "hiringManagerEmployeeId", result);
		if (!result.hasErrors() && PROBLEMS.saved(result, (ex) -> field(PageProblems.fieldOf(ex)),
				() -> this.reentry.evaluate(actor, id, new SaveEvaluation(manager, form.getPriorRating(),
						form.getInterimRelevance(), form.isRootCauseFixed(), form.getRootCauseNote(),
						form.getCoordinationHeavy(), form.getOutsiderResistant(), form.getRealisticPremium(),
						form.getPremiumNote(), form.getEligibilityOverrideNote()), form.getVersion()))) {
			redirect.addFlashAttribute("message", "alumni.reentry.evaluated");
			return "redirect:/alumni/reentry/" + id + "#factors";
		}
		return evaluation(actor, id, model);
	}

	@PostMapping("/{id}/decision")
	String decide(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.saved(result, "decision",
				() -> this.reentry.decide(actor, id, form.getDecision(), form.getRationale(), form.getVersion()))) {
			redirect.addFlashAttribute("message", "alumni.reentry.decided");
			return "redirect:/alumni/reentry/" + id;
		}
		return evaluation(actor, id, model);
	}

	@PostMapping("/{id}/rehire")
	String rehire(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("rehireForm") RehireForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UUID manager = person(form.getManagerEmployeeId(), "managerEmployeeId", result);
		if (manager == null && !result.hasFieldErrors("managerEmployeeId")) {
			result.rejectValue("managerEmployeeId", "alumni.reentry.rehire.managerRequired");
		}
		if (!result.hasErrors()) {
			var rehired = PROBLEMS.created(result, (ex) -> rehireField(PageProblems.fieldOf(ex)),
					() -> this.reentry.rehire(actor, new RehireBoomerang(id, form.getOn(), form.getUnitId(), manager,
							form.getTitle())));
			if (rehired.isPresent()) {
				redirect.addFlashAttribute("message", "alumni.reentry.rehire.done");
				return "redirect:/alumni/repatriation/" + rehired.get();
			}
		}
		return evaluation(actor, id, model);
	}

	private String startPage(Actor actor, ReturnForm form, Model model) {
		model.addAttribute("alumni", this.reentry.startable(actor));
		model.addAttribute("returnForm", form);
		return "alumni/reentry/new";
	}

	private EvaluationForm evaluationForm(ReentryRequestView request) {
		EvaluationForm form = new EvaluationForm();
		if (request.hiringManagerId() != null) {
			this.directory.find(PersonId.of(request.hiringManagerId()))
				.ifPresent((p) -> form.setHiringManagerEmployeeId(p.employeeId()));
		}
		form.setPriorRating(request.priorRating());
		form.setInterimRelevance(request.interimRelevance());
		form.setRootCauseFixed(request.rootCauseFixed());
		form.setRootCauseNote(request.rootCauseNote());
		form.setCoordinationHeavy(request.coordinationHeavy());
		form.setOutsiderResistant(request.outsiderResistant());
		form.setRealisticPremium(request.realisticPremium());
		form.setPremiumNote(request.premiumNote());
		form.setEligibilityOverrideNote(request.eligibilityOverrideNote());
		form.setVersion(request.version());
		return form;
	}

	/** The person an employee id names, or a field error when nobody has it (blank: nobody chosen). */
	private UUID person(String employeeId, String field, BindingResult result) {
		if (employeeId == null || employeeId.isBlank()) {
			return null;
		}
		UUID found = this.directory.findByEmployeeId(employeeId.strip()).map(PersonView::id).orElse(null);
		if (found == null) {
			result.rejectValue(field, "alumni.reentry.personUnknown");
		}
		return found;
	}

	static AskToReturn ask(ReturnForm form) {
		return new AskToReturn(form.getTargetRole(), form.getAvailableFrom(), form.getEmployersSince(),
				form.getNewSkills(), form.getWhyReturn());
	}

	private static String field(String field) {
		return "hiringManagerId".equals(field) ? "hiringManagerEmployeeId" : field;
	}

	private static String rehireField(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "managerId" -> "managerEmployeeId";
			case "requestId" -> null;
			default -> field;
		};
	}

}
