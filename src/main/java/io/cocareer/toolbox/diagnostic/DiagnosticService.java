package io.cocareer.toolbox.diagnostic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.people.UnitView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.diagnostic.DiagnosticComparison.ConditionChange;
import io.cocareer.toolbox.diagnostic.DiagnosticComparison.FitChange;
import io.cocareer.toolbox.diagnostic.DiagnosticView.RespondentView;
import io.cocareer.toolbox.diagnostic.DiagnosticView.ResultState;
import io.cocareer.toolbox.diagnostic.internal.Diagnostic;
import io.cocareer.toolbox.diagnostic.internal.DiagnosticAccess;
import io.cocareer.toolbox.diagnostic.internal.DiagnosticResponse;
import io.cocareer.toolbox.diagnostic.internal.DiagnosticResponses;
import io.cocareer.toolbox.diagnostic.internal.Diagnostics;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The when-to-use diagnostic: the talent lead starts one for the organisation or a unit and picks
 * the respondents; each respondent answers every item (and may change their answers) until the lead
 * closes it; the result is scored by {@link DiagnosticScoring}. Who sees what is
 * {@link DiagnosticAccess}'s: aggregates only, and only from {@link DiagnosticScoring#MIN_RESPONSES}
 * answers; answers are their author's alone. Changes are audited without anybody's answers.
 */
@Service
public class DiagnosticService {

	public static final int MAX_TITLE = 200;

	public static final int MAX_RESPONDENTS = 2000;

	private final Diagnostics diagnostics;

	private final DiagnosticResponses responses;

	private final DiagnosticAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DiagnosticService(Diagnostics diagnostics, DiagnosticResponses responses, DiagnosticAccess access,
			PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.diagnostics = diagnostics;
		this.responses = responses;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor has any part in diagnostics (staff with a person). */
	public boolean mayUse(Actor actor) {
		return this.access.takesPart(actor);
	}

	/** Whether the actor starts and closes diagnostics: the talent lead. */
	public boolean mayCreate(Actor actor) {
		return this.access.mayCreate(actor);
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The diagnostics the actor may see, latest first: every one for the talent lead; those they
	 * are asked to answer; for a manager, the closed ones of their unit.
	 */
	@Transactional(readOnly = true)
	public List<DiagnosticView> list(Actor actor) {
		if (!this.access.takesPart(actor)) {
			return List.of();
		}
		UUID me = actor.personId().value();
		UUID myUnit = unitOf(actor);
		Set<Diagnostic> found = new LinkedHashSet<>();
		if (this.access.isLead(actor)) {
			found.addAll(this.diagnostics.findAll());
		}
		else {
			found.addAll(this.diagnostics.askingOf(me));
			if (myUnit != null) {
				found.addAll(this.diagnostics.findByUnitIdAndStatus(myUnit, DiagnosticStatus.CLOSED));
			}
		}
		List<Diagnostic> readable = found.stream().filter((d) -> this.access.mayRead(actor, d, myUnit)).toList();
		List<DiagnosticView> views = new ArrayList<>(views(actor, myUnit, readable));
		views.sort(Comparator.comparing(DiagnosticView::day).thenComparing(DiagnosticView::title).reversed());
		return views;
	}

	/** The open diagnostics the actor still has to answer (the toolbox card). */
	@Transactional(readOnly = true)
	public List<DiagnosticView> awaitingMyAnswers(Actor actor) {
		if (!this.access.takesPart(actor)) {
			return List.of();
		}
		List<Diagnostic> asking = this.diagnostics.askingOf(actor.personId().value()).stream().filter(Diagnostic::open).toList();
		return views(actor, unitOf(actor), asking).stream().filter(DiagnosticView::awaitsMyAnswers).toList();
	}

	@Transactional(readOnly = true)
	public DiagnosticView get(Actor actor, UUID diagnosticId) {
		UUID myUnit = unitOf(actor);
		return views(actor, myUnit, List.of(readable(actor, diagnosticId, myUnit))).get(0);
	}

	/**
	 * Two diagnostics the actor may read the results of, the earlier first, with how each condition,
	 * the readiness and each fit moved.
	 */
	@Transactional(readOnly = true)
	public DiagnosticComparison compare(Actor actor, UUID firstId, UUID secondId) {
		DiagnosticView first = get(actor, firstId);
		DiagnosticView second = get(actor, secondId);
		if (first.result() == null || second.result() == null) {
			throw new BusinessRuleViolation("toolbox.diagnostic.compare.noResult",
					"Only diagnostics with a result shown can be compared");
		}
		boolean inOrder = !first.day().isAfter(second.day());
		DiagnosticView earlier = inOrder ? first : second;
		DiagnosticView later = inOrder ? second : first;
		List<ConditionChange> conditions = new ArrayList<>();
		for (Condition condition : Condition.values()) {
			double before = earlier.result().condition(condition).score();
			double after = later.result().condition(condition).score();
			conditions.add(new ConditionChange(condition, before, after, after - before));
		}
		List<FitChange> fits = new ArrayList<>();
		for (Approach approach : Approach.values()) {
			var before = earlier.result().fit(approach);
			var after = later.result().fit(approach);
			fits.add(new FitChange(approach, before.fit(), after.fit(), after.fit() - before.fit(), before.band(),
					after.band()));
		}
		return new DiagnosticComparison(earlier, later, conditions,
				later.result().readiness() - earlier.result().readiness(), fits);
	}

	/** The organisation's units, for the scope of a new diagnostic. Safe: the organisation's structure. */
	public List<UnitView> units() {
		return this.people.units();
	}

	// ---------------------------------------------------------------- changes

	/**
	 * Everything wrong with a diagnostic the talent lead would start, field by field, without
	 * starting it (the form shows them all next to its own errors).
	 */
	@Transactional(readOnly = true)
	public List<InvalidInput> createProblems(Actor actor, CreateDiagnostic command) {
		requireLead(actor);
		Map<UUID, PersonSummary> found = this.people.summaries(
				command.respondents().stream().map(PersonId::value).toList());
		return createProblems(command, this.people.units().stream().map(UnitView::id).toList(), found);
	}

	/** The talent lead starts a diagnostic; its respondents are told they are asked to answer. */
	@Transactional
	public UUID create(Actor actor, CreateDiagnostic command) {
		List<InvalidInput> problems = createProblems(actor, command);
		if (!problems.isEmpty()) {
			throw new DiagnosticRefused(problems);
		}
		Set<UUID> respondents = new LinkedHashSet<>();
		command.respondents().forEach((p) -> respondents.add(p.value()));
		Diagnostic diagnostic = this.diagnostics.save(new Diagnostic(command.title().strip(), command.scope(),
				command.unitId(), respondents, new DiagnosticWeights(command.weights()), today(), this.clock.instant()));
		audit("toolbox.diagnostic.created", diagnostic);
		Set<UUID> told = new HashSet<>(respondents);
		told.remove(actor.personId().value());
		if (!told.isEmpty()) {
			this.events.publishEvent(Notice
				.toPeople("toolbox.diagnostic.asked", told, "notice.toolbox.diagnostic.asked", List.of(),
						link(diagnostic.id()), "toolbox.diagnostic.asked." + diagnostic.id())
				.asking(answerAction(diagnostic.id())));
		}
		return diagnostic.id();
	}

	/**
	 * Saves the actor's answers (every item, 1 to 5, by item id), replacing those they gave before,
	 * while the diagnostic is open. Anything missing or out of range refuses all of it and names
	 * every item at fault ({@link AnswersRefused}).
	 */
	@Transactional
	public void answer(Actor actor, UUID diagnosticId, Map<String, Integer> answers) {
		UUID me = this.access.participant(actor);
		// read with an optimistic lock: should the lead close it meanwhile, these answers are refused (409)
		Diagnostic diagnostic = this.access.readable(actor,
				this.diagnostics.findForAnswers(diagnosticId).orElseThrow(DiagnosticAccess::notFound), unitOf(actor));
		if (!this.access.isRespondent(actor, diagnostic)) {
			throw new PermissionDenied("toolbox.diagnostic.denied.answer",
					"Only the people asked to answer a diagnostic answer it");
		}
		diagnostic.requireOpen();
		Map<DiagnosticItem, Integer> complete = complete(answers);
		Optional<DiagnosticResponse> existing = this.responses.findByDiagnosticIdAndRespondentId(diagnosticId, me);
		if (existing.isPresent()) {
			existing.get().change(complete, this.clock.instant());
		}
		else {
			this.responses.save(new DiagnosticResponse(diagnosticId, me, complete, this.clock.instant()));
			this.events.publishEvent(NoticeDone.forPerson(answerAction(diagnosticId), PersonId.of(me)));
		}
		audit(existing.isPresent() ? "toolbox.diagnostic.answersChanged" : "toolbox.diagnostic.answered", diagnostic);
	}

	/** The talent lead closes it: the answers and the result are frozen. */
	@Transactional
	public void close(Actor actor, UUID diagnosticId) {
		Diagnostic diagnostic = readable(actor, diagnosticId, unitOf(actor));
		if (!this.access.isLead(actor)) {
			throw new PermissionDenied("toolbox.diagnostic.denied.close", "The talent lead closes a diagnostic");
		}
		diagnostic.close(today());
		audit("toolbox.diagnostic.closed", diagnostic);
	}

	// ---------------------------------------------------------------- rules on input, all at once

	/** Everything wrong with a diagnostic to create, field by field (the form shows them all). */
	public static List<InvalidInput> createProblems(CreateDiagnostic command, List<UUID> unitIds,
			Map<UUID, PersonSummary> respondents) {
		List<InvalidInput> problems = new ArrayList<>();
		if (command.title() == null || command.title().isBlank()) {
			problems.add(new InvalidInput("title", "toolbox.diagnostic.title.required", "Give the diagnostic a title"));
		}
		else if (command.title().strip().length() > MAX_TITLE) {
			problems.add(new InvalidInput("title", "toolbox.diagnostic.title.tooLong",
					"At most %d characters".formatted(MAX_TITLE), MAX_TITLE));
		}
		if (command.scope() == null) {
			problems.add(new InvalidInput("scope", "toolbox.diagnostic.scope.required",
					"Choose the organisation or one unit"));
		}
		else if (command.scope() == DiagnosticScope.UNIT && command.unitId() == null) {
			problems.add(new InvalidInput("unitId", "toolbox.diagnostic.unit.required", "Choose the unit"));
		}
		else if (command.scope() == DiagnosticScope.UNIT && !unitIds.contains(command.unitId())) {
			problems.add(new InvalidInput("unitId", "toolbox.diagnostic.unit.unknown", "There is no such unit"));
		}
		Set<UUID> distinct = new LinkedHashSet<>();
		command.respondents().forEach((p) -> distinct.add(p.value()));
		List<String> unknown = new ArrayList<>();
		for (UUID id : distinct) {
			PersonSummary person = respondents.get(id);
			if (person == null || person.status() == PersonStatus.LEFT) {
				unknown.add(id.toString());
			}
		}
		if (!unknown.isEmpty()) {
			problems.add(new InvalidInput("respondents", "toolbox.diagnostic.respondents.unknown",
					"Choose people who work here (not found: %s)".formatted(String.join(", ", unknown)),
					String.join(", ", unknown)));
		}
		else if (distinct.size() < DiagnosticScoring.MIN_RESPONSES) {
			problems.add(new InvalidInput("respondents", "toolbox.diagnostic.respondents.tooFew",
					"Ask at least %d people: a result is shown from %d answers on, so that nobody's answers can be told"
						.formatted(DiagnosticScoring.MIN_RESPONSES, DiagnosticScoring.MIN_RESPONSES),
					DiagnosticScoring.MIN_RESPONSES));
		}
		else if (distinct.size() > MAX_RESPONDENTS) {
			problems.add(new InvalidInput("respondents", "toolbox.diagnostic.respondents.tooMany",
					"Ask at most %d people".formatted(MAX_RESPONDENTS), MAX_RESPONDENTS));
		}
		for (Map.Entry<Condition, Double> weight : command.weights().entrySet()) {
			Double value = weight.getValue();
			if (value == null || value.isNaN() || value <= 0 || value > DiagnosticWeights.MAX) {
				problems.add(new InvalidInput("weights." + weight.getKey().name(), "toolbox.diagnostic.weight.range",
						"A weight is above 0 and at most %d".formatted((int) DiagnosticWeights.MAX),
						(int) DiagnosticWeights.MAX));
			}
		}
		return problems;
	}

	/** The answers as items, when every item has one from 1 to 5 and nothing else is given. */
	public static Map<DiagnosticItem, Integer> complete(Map<String, Integer> answers) {
		Map<String, Integer> given = (answers != null) ? answers : Map.of();
		List<DiagnosticItem> missing = new ArrayList<>();
		List<DiagnosticItem> outOfRange = new ArrayList<>();
		Map<DiagnosticItem, Integer> complete = new EnumMap<>(DiagnosticItem.class);
		for (DiagnosticItem item : DiagnosticItem.values()) {
			Integer value = given.get(item.name());
			if (value == null) {
				missing.add(item);
			}
			else if (value < DiagnosticItem.LOWEST || value > DiagnosticItem.HIGHEST) {
				outOfRange.add(item);
			}
			else {
				complete.put(item, value);
			}
		}
		List<String> unknown = given.keySet().stream().filter((id) -> DiagnosticItem.ofId(id) == null).sorted().toList();
		if (!missing.isEmpty() || !outOfRange.isEmpty() || !unknown.isEmpty()) {
			throw new AnswersRefused(missing, outOfRange, unknown);
		}
		return complete;
	}

	// ---------------------------------------------------------------- helpers

	static String link(UUID diagnosticId) {
		return "/toolbox/diagnostic/" + diagnosticId;
	}

	private static String answerAction(UUID diagnosticId) {
		return Diagnostic.answerAction(diagnosticId);
	}

	private void requireLead(Actor actor) {
		this.access.participant(actor);
		if (!this.access.mayCreate(actor)) {
			throw new PermissionDenied("toolbox.diagnostic.denied.create", "The talent lead starts a diagnostic");
		}
	}

	private Diagnostic readable(Actor actor, UUID diagnosticId, UUID myUnit) {
		Diagnostic diagnostic = this.diagnostics.findById(diagnosticId).orElseThrow(DiagnosticAccess::notFound);
		return this.access.readable(actor, diagnostic, myUnit);
	}

	/** The unit the actor works in, for the unit managers' rule; {@code null} for nobody's. */
	private UUID unitOf(Actor actor) {
		if (!this.access.takesPart(actor)) {
			return null;
		}
		return this.people.find(actor.personId()).map(PersonView::unitId).orElse(null);
	}

	private List<DiagnosticView> views(Actor actor, UUID myUnit, List<Diagnostic> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> unitNames = new HashMap<>();
		this.people.units().forEach((u) -> unitNames.put(u.id(), u.name()));
		Map<UUID, List<DiagnosticResponse>> byDiagnostic = new HashMap<>();
		this.responses.findByDiagnosticIdIn(found.stream().map(Diagnostic::id).toList())
			.forEach((r) -> byDiagnostic.computeIfAbsent(r.diagnosticId(), (k) -> new ArrayList<>()).add(r));
		boolean seesRespondents = this.access.maySeeRespondents(actor);
		PersonNames names = seesRespondents
				? this.people.names(found.stream().flatMap((d) -> d.respondents().stream()).toList()) : null;
		List<DiagnosticView> views = new ArrayList<>();
		for (Diagnostic d : found) {
			List<DiagnosticResponse> answered = byDiagnostic.getOrDefault(d.id(), List.of());
			ResultState state;
			DiagnosticResult result = null;
			if (!this.access.mayReadResult(actor, d, myUnit)) {
				state = ResultState.NOT_CLOSED;
			}
			else if (answered.size() < DiagnosticScoring.MIN_RESPONSES) {
				state = ResultState.TOO_FEW_ANSWERS;
			}
			else {
				state = ResultState.SHOWN;
				result = DiagnosticScoring.score(answered.stream().map(DiagnosticResponse::answers).toList(),
						d.weights());
			}
			Map<DiagnosticItem, Integer> mine = answered.stream()
				.filter((r) -> this.access.mayReadAnswers(actor, r))
				.findFirst()
				.map(DiagnosticResponse::answers)
				.orElse(null);
			// the answers of people since erased: kept, nobody's, in a closed diagnostic; they were asked too
			int anonymous = (int) answered.stream().filter((r) -> r.respondentId() == null).count();
			List<RespondentView> respondents = null;
			if (seesRespondents) {
				Set<UUID> answeredBy = new HashSet<>();
				answered.forEach((r) -> answeredBy.add(r.respondentId()));
				List<RespondentView> named = d.respondents()
					.stream()
					.map((p) -> new RespondentView(p, names.of(PersonId.of(p), null), answeredBy.contains(p)))
					.sorted(Comparator.comparing(RespondentView::name, Comparator.nullsLast(Comparator.naturalOrder())))
					.toList();
				respondents = new ArrayList<>(named);
				for (int i = 0; i < anonymous; i++) {
					respondents.add(new RespondentView(null, names.formerColleague(), true));
				}
			}
			views.add(new DiagnosticView(d.id(), d.title(), d.scope(), d.unitId(),
					(d.unitId() != null) ? unitNames.get(d.unitId()) : null, d.status(), d.openedOn(), d.closedOn(),
					d.weights(), d.respondents().size() + anonymous, answered.size(), state, result,
					this.access.isRespondent(actor, d), mine, respondents, d.version(), this.access.mayAnswer(actor, d),
					this.access.mayClose(actor, d)));
		}
		return views;
	}

	/** An entry with no answers in it: which diagnostic, and where it stands. */
	private void audit(String action, Diagnostic diagnostic) {
		this.events.publishEvent(AuditEvent.open(action, "toolboxDiagnostic", diagnostic.id(),
				AuditEvent.term("toolbox.diagnostic.status." + diagnostic.status())));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
