package io.cocareer.toolbox.diagnostic.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.web.ApiProblem;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;
import io.cocareer.toolbox.diagnostic.AnswersRefused;
import io.cocareer.toolbox.diagnostic.Condition;
import io.cocareer.toolbox.diagnostic.CreateDiagnostic;
import io.cocareer.toolbox.diagnostic.DiagnosticItem;
import io.cocareer.toolbox.diagnostic.DiagnosticRefused;
import io.cocareer.toolbox.diagnostic.DiagnosticResult;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.AlphaStatus;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.Effect;
import io.cocareer.toolbox.diagnostic.DiagnosticScope;
import io.cocareer.toolbox.diagnostic.DiagnosticService;
import io.cocareer.toolbox.diagnostic.DiagnosticStatus;
import io.cocareer.toolbox.diagnostic.DiagnosticView;
import io.cocareer.toolbox.diagnostic.DiagnosticView.ResultState;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The when-to-use diagnostic over JSON: the diagnostics the caller may see, starting one (the talent
 * lead), its result (aggregates only: scores per condition, readiness, fits with bands and reasons,
 * α per condition, the number of answers), the caller's own answers, closing it. Answers that are
 * incomplete or out of range are refused with {@code toolbox.diagnostic.answers.invalid} naming every
 * item at fault; a diagnostic the caller may not see does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/diagnostics")
class DiagnosticApiController {

	private final DiagnosticService diagnostics;

	private final DiagnosticWording wording;

	private final MessageSource messages;

	DiagnosticApiController(DiagnosticService diagnostics, DiagnosticWording wording, MessageSource messages) {
		this.diagnostics = diagnostics;
		this.wording = wording;
		this.messages = messages;
	}

	/** The diagnostics the caller may see, latest first. */
	@GetMapping
	List<DiagnosticResponse> list(Actor actor) {
		return this.diagnostics.list(actor).stream().map(this::response).toList();
	}

	/** Starts a diagnostic (the talent lead): its respondents are told they are asked to answer. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<DiagnosticResponse> create(Actor actor, @Valid @RequestBody CreateRequest request) {
		UUID id = this.diagnostics.create(actor, new CreateDiagnostic(request.title(), request.scope(),
				request.unitId(), (request.respondents() != null)
						? request.respondents().stream().map(PersonId::ofNullable).toList() : List.of(),
				request.weights()));
		return ResponseEntity.created(URI.create("/api/v1/diagnostics/" + id)).body(get(actor, id));
	}

	/** A diagnostic with its result, when the caller may see it and it has at least five answers. */
	@GetMapping("/{id}")
	DiagnosticResponse get(Actor actor, @PathVariable UUID id) {
		return response(this.diagnostics.get(actor, id));
	}

	/** The caller's answers (every item, 1 to 5), replacing those given before, while it is open. */
	@PutMapping("/{id}/answers")
	DiagnosticResponse answer(Actor actor, @PathVariable UUID id, @Valid @RequestBody AnswersRequest request) {
		this.diagnostics.answer(actor, id, (request.answers() != null) ? request.answers() : Map.of());
		return get(actor, id);
	}

	/** Closes it (the talent lead): its result is frozen. */
	@PostMapping("/{id}/close")
	DiagnosticResponse close(Actor actor, @PathVariable UUID id) {
		this.diagnostics.close(actor, id);
		return get(actor, id);
	}

	/** Every item at fault, by id, at once. */
	@ExceptionHandler(AnswersRefused.class)
	ResponseEntity<ProblemDetail> answersRefused(AnswersRefused ex) {
		String detail = this.messages.getMessage(ex.code(), ex.arguments(), ex.getMessage(), Locale.ENGLISH);
		List<Map<String, Object>> errors = new java.util.ArrayList<>();
		ex.missing().forEach((item) -> errors.add(error("answers." + item.name(), "toolbox.diagnostic.answer.missing")));
		ex.outOfRange().forEach((item) -> errors.add(error("answers." + item.name(), "toolbox.diagnostic.answer.outOfRange")));
		ex.unknown().forEach((item) -> errors.add(error("answers." + item, "toolbox.diagnostic.answer.unknownItem")));
		return ApiProblem.of(HttpStatus.BAD_REQUEST, ex.code(), detail)
			.property("missingItems", ex.missing().stream().map(DiagnosticItem::name).toList())
			.property("outOfRangeItems", ex.outOfRange().stream().map(DiagnosticItem::name).toList())
			.property("unknownItems", ex.unknown())
			.property("errors", errors)
			.response();
	}

	/** Every field at fault at once. */
	@ExceptionHandler(DiagnosticRefused.class)
	ResponseEntity<ProblemDetail> refused(DiagnosticRefused ex) {
		String detail = this.messages.getMessage(ex.code(), ex.arguments(), ex.getMessage(), Locale.ENGLISH);
		List<Map<String, Object>> errors = ex.problems()
			.stream()
			.map((InvalidInput p) -> {
				Map<String, Object> error = new LinkedHashMap<>();
				error.put("field", p.field());
				error.put("code", p.code());
				error.put("message", this.messages.getMessage(p.code(), p.arguments(), p.getMessage(), Locale.ENGLISH));
				return error;
			})
			.toList();
		return ApiProblem.of(HttpStatus.BAD_REQUEST, ex.code(), detail).property("errors", errors).response();
	}

	private Map<String, Object> error(String field, String code) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("code", code);
		error.put("message", this.messages.getMessage(code, null, code, Locale.ENGLISH));
		return error;
	}

	private DiagnosticResponse response(DiagnosticView v) {
		ResultResponse result = null;
		if (v.result() != null) {
			DiagnosticResult r = v.result();
			result = new ResultResponse(r.responses(),
					r.conditions()
						.stream()
						.map((c) -> new ConditionResponse(c.condition(),
								this.messages.getMessage(c.condition().labelKey(), null, Locale.ENGLISH), c.score(),
								c.alpha(), c.alphaStatus()))
						.toList(),
					r.readiness(),
					r.fits()
						.stream()
						.map((f) -> new FitResponse(f.approach(), f.fit(), f.band(),
								f.reasons()
									.stream()
									.map((x) -> new ReasonResponse(x.condition(), x.score(), x.effect()))
									.toList(),
								this.wording.reasons(f, Locale.ENGLISH), f.approach().home(), f.approach().guidance()))
						.toList(),
					false);
		}
		Map<String, Integer> mine = null;
		if (v.myAnswers() != null) {
			mine = new LinkedHashMap<>();
			for (var answer : v.myAnswers().entrySet()) {
				mine.put(answer.getKey().name(), answer.getValue());
			}
		}
		return new DiagnosticResponse(v.id(), v.title(), v.scope(), v.unitId(), v.unitName(), v.status(), v.openedOn(),
				v.closedOn(), v.weights().weights(), v.respondentCount(), v.responses(), v.resultState(), result,
				v.askedToAnswer(), mine,
				(v.respondents() != null)
						? v.respondents().stream().map((p) -> new RespondentResponse(p.personId(), p.name(), p.answered())).toList()
						: null,
				v.version(), v.mayAnswer(), v.mayClose());
	}

	/**
	 * Schema {@code DiagnosticCreateRequest}: {@code unitId} for a unit diagnostic; at least five
	 * respondents (person ids); weights per condition above 0, 1 when left out.
	 */
	record CreateRequest(@Nullable String title, @Nullable DiagnosticScope scope, @Nullable UUID unitId,
			@Nullable List<UUID> respondents, @Nullable Map<Condition, Double> weights) {

	}

	/** Schema {@code DiagnosticAnswersRequest}: the answer (1 to 5) to every item, by item id (C1_1 … C5_3). */
	record AnswersRequest(@Nullable Map<String, Integer> answers) {

	}

	/**
	 * Schema {@code DiagnosticResponse}: {@code result} is there when {@code resultState} is
	 * {@code SHOWN}; {@code myAnswers} are the caller's own; {@code respondents} (who has answered,
	 * never what) only the talent lead gets.
	 */
	record DiagnosticResponse(UUID id, String title, DiagnosticScope scope, @Nullable UUID unitId,
			@Nullable String unitName, DiagnosticStatus status, LocalDate openedOn, @Nullable LocalDate closedOn,
			Map<Condition, Double> weights, int respondentCount, int responseCount, ResultState resultState,
			@Nullable ResultResponse result, boolean askedToAnswer, @Nullable Map<String, Integer> myAnswers,
			@Nullable List<RespondentResponse> respondents, long version, boolean mayAnswer, boolean mayClose) {

	}

	/**
	 * Schema {@code DiagnosticResultResponse}: scores in [0, 1]; {@code thresholdsValidated} is false:
	 * the bands (adopt from 0.60, pilot from 0.40) are a suggestion, not validated figures.
	 */
	record ResultResponse(int responseCount, List<ConditionResponse> conditions, double readiness,
			List<FitResponse> fits, boolean thresholdsValidated) {

	}

	/** Schema {@code DiagnosticConditionResponse}: {@code alpha} is null unless {@code alphaStatus} is TRUSTED or NOT_TRUSTED. */
	record ConditionResponse(Condition condition, String label, double score, @Nullable Double alpha,
			AlphaStatus alphaStatus) {

	}

	/** Schema {@code DiagnosticFitResponse}: where the approach lives and its guidance. */
	record FitResponse(Approach approach, double fit, FitBand band, List<ReasonResponse> reasons,
			List<String> explanation, String home, String guidance) {

	}

	/** Schema {@code DiagnosticReasonResponse}. */
	record ReasonResponse(Condition condition, double score, Effect effect) {

	}

	/**
	 * Schema {@code DiagnosticRespondentResponse}: {@code personId} null for someone since erased
	 * whose answers a closed diagnostic keeps (named as a former colleague).
	 */
	record RespondentResponse(@Nullable UUID personId, String name, boolean answered) {

	}

}
