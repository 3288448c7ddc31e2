package io.cocareer.toolbox.diagnostic.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PickedPerson;
import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.diagnostic.AnswersRefused;
import io.cocareer.toolbox.diagnostic.Condition;
import io.cocareer.toolbox.diagnostic.CreateDiagnostic;
import io.cocareer.toolbox.diagnostic.DiagnosticItem;
import io.cocareer.toolbox.diagnostic.DiagnosticScope;
import io.cocareer.toolbox.diagnostic.DiagnosticService;
import io.cocareer.toolbox.diagnostic.DiagnosticView;
import io.cocareer.toolbox.diagnostic.DiagnosticView.ResultState;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * The diagnostic's pages: the list (to answer, then the history per scope with a comparison of two),
 * starting one (the talent lead), a diagnostic with its result, answering it, closing it, and the
 * comparison. Forms show every error at once, next to its field or item.
 */
@Controller
@RequestMapping("/toolbox/diagnostic")
class DiagnosticController {

	private static final PageProblems PROBLEMS = new PageProblems("toolbox.diagnostic.stale");

	private final DiagnosticService diagnostics;

	private final DiagnosticWording wording;

	private final PeopleDirectory people;

	DiagnosticController(DiagnosticService diagnostics, DiagnosticWording wording, PeopleDirectory people) {
		this.diagnostics = diagnostics;
		this.wording = wording;
		this.people = people;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		requireStaff(actor);
		List<DiagnosticView> all = this.diagnostics.list(actor);
		model.addAttribute("toAnswer", all.stream().filter(DiagnosticView::awaitsMyAnswers).toList());
		model.addAttribute("open", all.stream().filter((d) -> d.open() && !d.awaitsMyAnswers()).toList());
		Map<String, List<DiagnosticView>> history = new LinkedHashMap<>();
		all.stream()
			.filter((d) -> !d.open())
			.sorted(java.util.Comparator.comparing((DiagnosticView d) -> d.scope() != DiagnosticScope.ORGANISATION)
				.thenComparing((DiagnosticView d) -> String.valueOf(d.unitName())))
			.forEach((d) -> history.computeIfAbsent(scopeKey(d), (k) -> new ArrayList<>()).add(d));
		model.addAttribute("history", history);
		List<DiagnosticView> comparable = all.stream().filter((d) -> d.resultState() == ResultState.SHOWN).toList();
		model.addAttribute("comparable", comparable);
		// chosen at first: the two latest of one scope (latest first in the list), else the two latest
		Map<String, List<DiagnosticView>> byScope = new LinkedHashMap<>();
		comparable.forEach((d) -> byScope.computeIfAbsent(scopeKey(d), (k) -> new ArrayList<>()).add(d));
		List<DiagnosticView> pair = byScope.values().stream().filter((l) -> l.size() >= 2).findFirst().orElse(comparable);
		model.addAttribute("compareFirst", (pair.size() >= 2) ? pair.get(1).id() : null);
		model.addAttribute("compareSecond", (pair.size() >= 1) ? pair.get(0).id() : null);
		model.addAttribute("mayCreate", this.diagnostics.mayCreate(actor));
		model.addAttribute("approaches", Approach.values());
		return "toolbox/diagnostic/list";
	}

	@GetMapping("/new")
	String newDiagnostic(Actor actor, Model model) {
		return createPage(actor, new CreateForm(), model);
	}

	@PostMapping
	String create(Actor actor, @ModelAttribute("createForm") CreateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireLead(actor);
		List<PersonId> respondents = new ArrayList<>();
		boolean unknownPeople = false;
		for (int i = 0; i < form.getRespondents().size(); i++) {
			String employeeId = form.getRespondents().get(i);
			if (employeeId == null || employeeId.isBlank()) {
				continue;
			}
			PersonId found = PickedPerson.of(this.people, employeeId, "respondents[" + i + "]", result);
			if (found != null) {
				respondents.add(found);
			}
			else {
				unknownPeople = true;
			}
		}
		Map<Condition, Double> weights = new EnumMap<>(Condition.class);
		Double[] given = { form.getWeightC1(), form.getWeightC2(), form.getWeightC3(), form.getWeightC4(),
				form.getWeightC5() };
		for (Condition condition : Condition.values()) {
			if (!result.hasFieldErrors("weight" + condition.name())) {
				weights.put(condition, given[condition.ordinal()]);
			}
		}
		CreateDiagnostic command = new CreateDiagnostic(form.getTitle(), form.getScope(), form.getUnitId(), respondents,
				weights);
		reject(result, this.diagnostics.createProblems(actor, command), unknownPeople ? "respondents" : null);
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, () -> this.diagnostics.create(actor, command));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "toolbox.diagnostic.created");
				return "redirect:/toolbox/diagnostic/" + created.get();
			}
		}
		return createPage(actor, form, model);
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		DiagnosticView diagnostic = this.diagnostics.get(actor, id);
		model.addAttribute("diagnostic", diagnostic);
		model.addAttribute("conditions", Condition.values());
		model.addAttribute("approaches", Approach.values());
		Map<Approach, List<String>> reasons = new EnumMap<>(Approach.class);
		if (diagnostic.result() != null) {
			Locale locale = LocaleContextHolder.getLocale();
			diagnostic.result().fits().forEach((f) -> reasons.put(f.approach(), this.wording.reasons(f, locale)));
		}
		model.addAttribute("reasons", reasons);
		model.addAttribute("earlier", this.diagnostics.list(actor)
			.stream()
			.filter((d) -> !d.id().equals(id) && d.resultState() == ResultState.SHOWN && d.scope() == diagnostic.scope()
					&& java.util.Objects.equals(d.unitId(), diagnostic.unitId()) && d.day().isBefore(diagnostic.day()))
			.findFirst()
			.orElse(null));
		return "toolbox/diagnostic/detail";
	}

	@GetMapping("/{id}/answers")
	String answers(Actor actor, @PathVariable UUID id, Model model) {
		DiagnosticView diagnostic = this.diagnostics.get(actor, id);
		AnswersForm form = new AnswersForm();
		if (diagnostic.myAnswers() != null) {
			diagnostic.myAnswers().forEach((item, value) -> form.getAnswers().put(item.name(), String.valueOf(value)));
		}
		return answerPage(actor, diagnostic, form, List.of(), List.of(), model);
	}

	@PostMapping("/{id}/answers")
	String saveAnswers(Actor actor, @PathVariable UUID id, @ModelAttribute("answersForm") AnswersForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		DiagnosticView diagnostic = this.diagnostics.get(actor, id);
		Map<String, Integer> answers = new LinkedHashMap<>();
		form.getAnswers().forEach((item, value) -> {
			if (value != null && !value.isBlank()) {
				answers.put(item, parse(value));
			}
		});
		var refusal = PROBLEMS.refusal(() -> this.diagnostics.answer(actor, id, answers));
		if (refusal.isEmpty()) {
			redirect.addFlashAttribute("message", "toolbox.diagnostic.answers.saved");
			return "redirect:/toolbox/diagnostic/" + id;
		}
		if (refusal.get().exception() instanceof AnswersRefused refused) {
			result.reject(AnswersRefused.CODE, new Object[] { refused.missing().size(), refused.outOfRange().size() },
					refused.getMessage());
			return answerPage(actor, diagnostic, form, names(refused.missing()), names(refused.outOfRange()), model);
		}
		refusal.get().rejectIn(result, null);
		return answerPage(actor, diagnostic, form, List.of(), List.of(), model);
	}

	@PostMapping("/{id}/close")
	String close(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.diagnostics.close(actor, id))) {
			redirect.addFlashAttribute("message", "toolbox.diagnostic.closed");
		}
		return "redirect:/toolbox/diagnostic/" + id;
	}

	@GetMapping("/compare")
	String compare(Actor actor, @RequestParam(required = false) UUID first, @RequestParam(required = false) UUID second,
			Model model, RedirectAttributes redirect) {
		requireStaff(actor);
		if (first == null || second == null || first.equals(second)) {
			redirect.addFlashAttribute("problem", "toolbox.diagnostic.compare.chooseTwo");
			return "redirect:/toolbox/diagnostic#history";
		}
		var comparison = new io.cocareer.toolbox.diagnostic.DiagnosticComparison[1];
		if (!PROBLEMS.attempted(redirect, () -> comparison[0] = this.diagnostics.compare(actor, first, second))) {
			return "redirect:/toolbox/diagnostic#history";
		}
		model.addAttribute("comparison", comparison[0]);
		return "toolbox/diagnostic/compare";
	}

	private String createPage(Actor actor, CreateForm form, Model model) {
		requireLead(actor);
		form.padRespondents();
		model.addAttribute("createForm", form);
		model.addAttribute("units", this.diagnostics.units());
		model.addAttribute("scopes", DiagnosticScope.values());
		model.addAttribute("conditions", Condition.values());
		return "toolbox/diagnostic/new";
	}

	private String answerPage(Actor actor, DiagnosticView diagnostic, AnswersForm form, List<String> missing,
			List<String> outOfRange, Model model) {
		if (!diagnostic.mayAnswer()) {
			if (!diagnostic.askedToAnswer()) {
				throw new PermissionDenied("toolbox.diagnostic.denied.answer",
						"Only the people asked to answer a diagnostic answer it");
			}
			throw new io.cocareer.shared.BusinessRuleViolation("toolbox.diagnostic.rule.closed",
					"This diagnostic is closed: its answers and its result no longer change");
		}
		model.addAttribute("diagnostic", diagnostic);
		model.addAttribute("answersForm", form);
		model.addAttribute("conditions", Condition.values());
		model.addAttribute("scale", List.of(1, 2, 3, 4, 5));
		model.addAttribute("missing", missing);
		model.addAttribute("outOfRange", outOfRange);
		return "toolbox/diagnostic/answer";
	}

	private void requireStaff(Actor actor) {
		if (!this.diagnostics.mayUse(actor)) {
			throw new NotFoundException("toolbox.diagnostic.notFound", "There is no such diagnostic");
		}
	}

	private void requireLead(Actor actor) {
		if (!this.diagnostics.mayCreate(actor)) {
			throw new PermissionDenied("toolbox.diagnostic.denied.create", "The talent lead starts a diagnostic");
		}
	}

	private static String scopeKey(DiagnosticView d) {
		return (d.scope() == DiagnosticScope.ORGANISATION) ? "" : String.valueOf(d.unitName());
	}

	private static int parse(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static List<String> names(List<DiagnosticItem> items) {
		return items.stream().map(DiagnosticItem::name).toList();
	}

	/**
	 * Every problem the service's rules find next to its field (the service's names where the form's
	 * differ), unless that field already shows one; {@code skipField}'s are left out (the respondents'
	 * count while a picker shows its own error).
	 */
	private static void reject(BindingResult result, List<InvalidInput> problems, String skipField) {
		for (InvalidInput problem : problems) {
			String field = (problem.field() != null && problem.field().startsWith("weights."))
					? "weight" + problem.field().substring("weights.".length()) : problem.field();
			if (field != null && field.equals(skipField)) {
				continue;
			}
			if (field != null && result.getFieldType(field) != null) {
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, problem.code(), problem.arguments(), problem.getMessage());
				}
			}
			else {
				result.reject(problem.code(), problem.arguments(), problem.getMessage());
			}
		}
	}

}
