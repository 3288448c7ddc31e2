package io.cocareer.toolbox.assessment.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.web.ApiProblem;
import io.cocareer.toolbox.assessment.AssessmentCentreService;
import io.cocareer.toolbox.assessment.AssessmentRefused;
import io.cocareer.toolbox.assessment.AssessmentRules;
import io.cocareer.toolbox.assessment.CentreStatus;
import io.cocareer.toolbox.assessment.CentreSummary;
import io.cocareer.toolbox.assessment.CentreView;
import io.cocareer.toolbox.assessment.CompetencyRef;
import io.cocareer.toolbox.assessment.ConsensusEntry;
import io.cocareer.toolbox.assessment.ExerciseKind;
import io.cocareer.toolbox.assessment.NewCentre;
import io.cocareer.toolbox.assessment.NewExercise;
import io.cocareer.toolbox.assessment.PersonRef;
import io.cocareer.toolbox.assessment.RatingEntry;
import io.cocareer.toolbox.assessment.RatingSheet;
import io.cocareer.toolbox.assessment.ReportSummary;
import io.cocareer.toolbox.assessment.ReportView;
import io.cocareer.toolbox.assessment.WashUpRecord;
import io.cocareer.toolbox.assessment.WashUpView;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * Assessment centres over JSON: the centres and the caller's reports, a centre's set-up, an
 * assessor's rating sheet, the wash-up (consensus, finalising, releasing) and the report. A
 * centre is the talent lead's and its assessors' alone, a report its participant's once released:
 * for anyone else they do not exist (404). Input with several problems is refused with all of them
 * at once ({@code errors}, one per field). Its schemas are {@code Assessment…}.
 */
@RestController
@RequestMapping("/api/v1/toolbox/assessment")
class AssessmentApiController {

	private static final String CENTRES = "/api/v1/toolbox/assessment/centres/";

	private final AssessmentCentreService centres;

	private final MessageSource messages;

	AssessmentApiController(AssessmentCentreService centres, MessageSource messages) {
		this.centres = centres;
		this.messages = messages;
	}

	/** The centres the caller reads: every one for the talent lead, those they assess for others. */
	@GetMapping("/centres")
	List<CentreSummaryResponse> list(Actor actor) {
		return this.centres.list(actor).stream().map(CentreSummaryResponse::of).toList();
	}

	/** The caller's own released reports. */
	@GetMapping("/reports")
	List<ReportSummaryResponse> reports(Actor actor) {
		return this.centres.reports(actor).stream().map(ReportSummaryResponse::of).toList();
	}

	/** Sets a centre up (the talent lead). */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/centres")
	ResponseEntity<CentreResponse> create(Actor actor, @Valid @RequestBody CentreRequest request) {
		UUID id = this.centres.create(actor, request.toCommand());
		return ResponseEntity.created(URI.create(CENTRES + id)).body(get(actor, id));
	}

	@GetMapping("/centres/{id}")
	CentreResponse get(Actor actor, @PathVariable UUID id) {
		return CentreResponse.of(this.centres.get(actor, id));
	}

	/** Changes its title, day and purpose; the version read is required. */
	@PutMapping("/centres/{id}")
	CentreResponse describe(Actor actor, @PathVariable UUID id, @Valid @RequestBody CentreRequest request) {
		this.centres.describe(actor, id, request.toCommand(), io.cocareer.shared.Versions.required(request.version()));
		return get(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/centres/{id}/exercises")
	ResponseEntity<CentreResponse> addExercise(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ExerciseRequest request) {
		UUID exerciseId = this.centres.addExercise(actor, id,
				new NewExercise(request.name(), request.kind(), request.description()));
		return ResponseEntity.created(URI.create(CENTRES + id + "/exercises/" + exerciseId)).body(get(actor, id));
	}

	@DeleteMapping("/centres/{id}/exercises/{exerciseId}")
	CentreResponse removeExercise(Actor actor, @PathVariable UUID id, @PathVariable UUID exerciseId) {
		this.centres.removeExercise(actor, id, exerciseId);
		return get(actor, id);
	}

	/** Adds a competency of the catalogue to those the centre assesses. */
	@PostMapping("/centres/{id}/competencies")
	CentreResponse addCompetency(Actor actor, @PathVariable UUID id, @Valid @RequestBody CompetencyRequest request) {
		this.centres.addCompetency(actor, id, request.competencyId());
		return get(actor, id);
	}

	@DeleteMapping("/centres/{id}/competencies/{competencyId}")
	CentreResponse removeCompetency(Actor actor, @PathVariable UUID id, @PathVariable UUID competencyId) {
		this.centres.removeCompetency(actor, id, competencyId);
		return get(actor, id);
	}

	/** One cell of the matrix: whether the exercise observes the competency. */
	@PutMapping("/centres/{id}/matrix")
	CentreResponse observe(Actor actor, @PathVariable UUID id, @Valid @RequestBody MatrixRequest request) {
		this.centres.observe(actor, id, request.exerciseId(), request.competencyId(), request.observes());
		return get(actor, id);
	}

	/** Adds a talent of the pool; every assessor they do not report to observes them. */
	@PostMapping("/centres/{id}/participants")
	CentreResponse addParticipant(Actor actor, @PathVariable UUID id, @Valid @RequestBody PersonRequest request) {
		this.centres.addParticipant(actor, id, PersonId.ofNullable(request.personId()));
		return get(actor, id);
	}

	@DeleteMapping("/centres/{id}/participants/{personId}")
	CentreResponse removeParticipant(Actor actor, @PathVariable UUID id, @PathVariable UUID personId) {
		this.centres.removeParticipant(actor, id, personId);
		return get(actor, id);
	}

	/** Adds an assessor; they observe every participant who does not report to them. */
	@PostMapping("/centres/{id}/assessors")
	CentreResponse addAssessor(Actor actor, @PathVariable UUID id, @Valid @RequestBody PersonRequest request) {
		this.centres.addAssessor(actor, id, PersonId.ofNullable(request.personId()));
		return get(actor, id);
	}

	@DeleteMapping("/centres/{id}/assessors/{personId}")
	CentreResponse removeAssessor(Actor actor, @PathVariable UUID id, @PathVariable UUID personId) {
		this.centres.removeAssessor(actor, id, personId);
		return get(actor, id);
	}

	/** Whether the assessor observes the participant; never someone who reports to them (409). */
	@PutMapping("/centres/{id}/participants/{personId}/observers/{assessorId}")
	CentreResponse observer(Actor actor, @PathVariable UUID id, @PathVariable UUID personId,
			@PathVariable UUID assessorId, @Valid @RequestBody ObserverRequest request) {
		this.centres.setObserver(actor, id, personId, assessorId, request.observes());
		return get(actor, id);
	}

	/** Opens the centre for ratings (it must be ready); its assessors are told. */
	@PostMapping("/centres/{id}/open-ratings")
	CentreResponse openRatings(Actor actor, @PathVariable UUID id) {
		this.centres.openRatings(actor, id);
		return get(actor, id);
	}

	/** Starts the wash-up: the ratings are frozen. */
	@PostMapping("/centres/{id}/wash-up")
	CentreResponse startWashUp(Actor actor, @PathVariable UUID id) {
		this.centres.startWashUp(actor, id);
		return get(actor, id);
	}

	/** The caller's own rating sheet for a participant they observe. */
	@GetMapping("/centres/{id}/ratings/{personId}")
	SheetResponse sheet(Actor actor, @PathVariable UUID id, @PathVariable UUID personId) {
		return SheetResponse.of(this.centres.sheet(actor, id, personId));
	}

	/** Saves the caller's sheet as a whole; every problem at once, nothing stored. */
	@PutMapping("/centres/{id}/ratings/{personId}")
	SheetResponse rate(Actor actor, @PathVariable UUID id, @PathVariable UUID personId,
			@Valid @RequestBody SheetRequest request) {
		this.centres.saveRatings(actor, id, personId, request.ratings()
			.stream()
			.map((r) -> (r != null) ? new RatingEntry(r.exerciseId(), r.competencyId(), r.rating(), r.evidence()) : null)
			.toList());
		return sheet(actor, id, personId);
	}

	@GetMapping("/centres/{id}/wash-up/{personId}")
	WashUpResponse washUp(Actor actor, @PathVariable UUID id, @PathVariable UUID personId) {
		return WashUpResponse.of(this.centres.washUp(actor, id, personId));
	}

	/** The chair records the consensus and suggestions; the version read is required (409 when it changed). */
	@PutMapping("/centres/{id}/wash-up/{personId}")
	WashUpResponse recordWashUp(Actor actor, @PathVariable UUID id, @PathVariable UUID personId,
			@Valid @RequestBody WashUpRequest request) {
		this.centres.recordWashUp(actor, id, personId, request.toRecord(),
				io.cocareer.shared.Versions.required(request.version()), false);
		return washUp(actor, id, personId);
	}

	/** Records and freezes the wash-up: every competency needs its consensus. */
	@PostMapping("/centres/{id}/wash-up/{personId}/finalise")
	WashUpResponse finalise(Actor actor, @PathVariable UUID id, @PathVariable UUID personId,
			@Valid @RequestBody WashUpRequest request) {
		this.centres.recordWashUp(actor, id, personId, request.toRecord(),
				io.cocareer.shared.Versions.required(request.version()), true);
		return washUp(actor, id, personId);
	}

	/** Releases the finalised report: the participant's profile gets the consensus levels, and they are told. */
	@PostMapping("/centres/{id}/wash-up/{personId}/release")
	WashUpResponse release(Actor actor, @PathVariable UUID id, @PathVariable UUID personId) {
		this.centres.release(actor, id, personId);
		return washUp(actor, id, personId);
	}

	@GetMapping("/centres/{id}/reports/{personId}")
	ReportResponse report(Actor actor, @PathVariable UUID id, @PathVariable UUID personId) {
		return ReportResponse.of(this.centres.report(actor, id, personId));
	}

	/** Every problem of a refused input, each with its field. */
	@ExceptionHandler(AssessmentRefused.class)
	ResponseEntity<ProblemDetail> refused(AssessmentRefused ex) {
		List<Map<String, Object>> errors = ex.problems()
			.stream()
			.map((p) -> Map.<String, Object>of("field", p.field(), "code", p.code(), "message",
					this.messages.getMessage(p.code(), p.arguments(), p.getMessage(), Locale.ENGLISH)))
			.toList();
		String detail = this.messages.getMessage("toolbox.assessment.refused", null, "The request has invalid fields.",
				Locale.ENGLISH);
		return ApiProblem.of(HttpStatus.BAD_REQUEST, ex.code(), detail).property("errors", errors).response();
	}

	// ---------------------------------------------------------------- requests

	/** Schema {@code AssessmentCentreRequest}: {@code version} is required to change a centre. */
	record CentreRequest(@Nullable @Size(max = AssessmentRules.MAX_TITLE) String title, @Nullable LocalDate heldOn,
			@Nullable @Size(max = AssessmentRules.MAX_PURPOSE) String purpose, @Nullable Long version) {

		NewCentre toCommand() {
			return new NewCentre(this.title, this.heldOn, this.purpose);
		}

	}

	/** Schema {@code AssessmentExerciseRequest}. */
	record ExerciseRequest(@Nullable @Size(max = AssessmentRules.MAX_NAME) String name, @Nullable ExerciseKind kind,
			@Nullable @Size(max = AssessmentRules.MAX_TEXT) String description) {

	}

	/** Schema {@code AssessmentCompetencyRequest}: a competency of the catalogue. */
	record CompetencyRequest(@Nullable UUID competencyId) {

	}

	/** Schema {@code AssessmentMatrixRequest}. */
	record MatrixRequest(@NotNull UUID exerciseId, @NotNull UUID competencyId, boolean observes) {

	}

	/** Schema {@code AssessmentPersonRequest}: a participant (a talent of the pool) or an assessor. */
	record PersonRequest(@Nullable UUID personId) {

	}

	/** Schema {@code AssessmentObserverRequest}. */
	record ObserverRequest(boolean observes) {

	}

	/** Schema {@code AssessmentSheetRequest}: the sheet as a whole; a cell left out is not rated. */
	record SheetRequest(@NotNull List<@Nullable RatingRequest> ratings) {

	}

	/** Schema {@code AssessmentRatingRequest}: a rating of 1 to 5 with the evidence observed. */
	record RatingRequest(@Nullable UUID exerciseId, @Nullable UUID competencyId, @Nullable Integer rating,
			@Nullable String evidence) {

	}

	/** Schema {@code AssessmentWashUpRequest}: the consensus per competency, the suggestions, the version read. */
	record WashUpRequest(@NotNull List<@Nullable ConsensusRequest> consensus, @Nullable String developmentSuggestions,
			@Nullable Long version) {

		WashUpRecord toRecord() {
			return new WashUpRecord(this.consensus.stream()
				.map((c) -> (c != null) ? new ConsensusEntry(c.competencyId(), c.rating(), c.rationale()) : null)
				.toList(), this.developmentSuggestions);
		}

	}

	/** Schema {@code AssessmentConsensusRequest}. */
	record ConsensusRequest(@Nullable UUID competencyId, @Nullable Integer rating, @Nullable String rationale) {

	}

	// ---------------------------------------------------------------- responses

	/** Schema {@code AssessmentCentreSummaryResponse}. */
	record CentreSummaryResponse(UUID id, String title, LocalDate heldOn, CentreStatus status, int participants,
			int assessors, boolean assessor) {

		static CentreSummaryResponse of(CentreSummary s) {
			return new CentreSummaryResponse(s.id(), s.title(), s.heldOn(), s.status(), s.participants(), s.assessors(),
					s.assessor());
		}

	}

	/** Schema {@code AssessmentReportSummaryResponse}. */
	record ReportSummaryResponse(UUID centreId, String centreTitle, LocalDate heldOn, LocalDate releasedOn) {

		static ReportSummaryResponse of(ReportSummary s) {
			return new ReportSummaryResponse(s.centreId(), s.centreTitle(), s.heldOn(), s.releasedOn());
		}

	}

	/** Schema {@code AssessmentPersonResponse}. */
	record PersonResponse(UUID id, String name) {

		static PersonResponse of(PersonRef p) {
			return new PersonResponse(p.id(), p.name());
		}

	}

	/** Schema {@code AssessmentCompetencyResponse}. */
	record CompetencyResponse(UUID id, String name, String category) {

		static CompetencyResponse of(CompetencyRef c) {
			return new CompetencyResponse(c.id(), c.name(), c.category());
		}

	}

	/** Schema {@code AssessmentExerciseResponse}: {@code observes} the competencies it observes (the matrix). */
	record ExerciseResponse(UUID id, String name, ExerciseKind kind, @Nullable String description,
			Set<UUID> observes) {

	}

	/**
	 * Schema {@code AssessmentParticipantResponse}: counts of ratings, never ratings; {@code withdrawn}
	 * when they left the organisation before their report was released.
	 */
	record ParticipantResponse(UUID personId, String name, List<PersonResponse> observers, int ratingsIn,
			int ratingsExpected, boolean finalised, boolean released, boolean withdrawn) {

	}

	/**
	 * Schema {@code AssessmentCentreResponse}: its set-up without ratings; {@code readiness} what
	 * keeps it from opening for ratings (message keys); {@code toRate} the participants the caller rates.
	 */
	record CentreResponse(UUID id, String title, LocalDate heldOn, @Nullable String purpose, CentreStatus status,
			long version, List<ExerciseResponse> exercises, List<CompetencyResponse> competencies,
			List<ParticipantResponse> participants, List<PersonResponse> assessors, List<String> readiness,
			boolean mayEdit, boolean mayOpenRatings, boolean mayStartWashUp, boolean mayChair, Set<UUID> toRate) {

		static CentreResponse of(CentreView v) {
			return new CentreResponse(v.id(), v.title(), v.heldOn(), v.purpose(), v.status(), v.version(),
					v.exercises()
						.stream()
						.map((e) -> new ExerciseResponse(e.id(), e.name(), e.kind(), e.description(), e.observes()))
						.toList(),
					v.competencies().stream().map(CompetencyResponse::of).toList(),
					v.participants()
						.stream()
						.map((p) -> new ParticipantResponse(p.personId(), p.name(),
								p.observers().stream().map(PersonResponse::of).toList(), p.ratingsIn(),
								p.ratingsExpected(), p.finalised(), p.released(), p.withdrawn()))
						.toList(),
					v.assessors().stream().map(PersonResponse::of).toList(), v.readiness(), v.mayEdit(),
					v.mayOpenRatings(), v.mayStartWashUp(), v.mayChair(), v.toRate());
		}

	}

	/** Schema {@code AssessmentSheetCellResponse}: the caller's own rating and evidence, null while not rated. */
	record SheetCellResponse(UUID exerciseId, CompetencyResponse competency, @Nullable Integer rating,
			@Nullable String evidence) {

	}

	/** Schema {@code AssessmentSheetResponse}. */
	record SheetResponse(UUID centreId, String centreTitle, CentreStatus status, PersonResponse participant,
			List<SheetCellResponse> cells, boolean mayRate) {

		static SheetResponse of(RatingSheet s) {
			return new SheetResponse(s.centreId(), s.centreTitle(), s.status(), PersonResponse.of(s.participant()),
					s.exercises()
						.stream()
						.flatMap((e) -> e.cells()
							.stream()
							.map((c) -> new SheetCellResponse(e.id(), CompetencyResponse.of(c.competency()), c.rating(),
									c.evidence())))
						.toList(),
					s.mayRate());
		}

	}

	/** Schema {@code AssessmentAssessorRatingResponse}: {@code assessorId} null once the assessor was erased. */
	record AssessorRatingResponse(UUID exerciseId, @Nullable UUID assessorId, String assessorName, int rating,
			String evidence) {

	}

	/** Schema {@code AssessmentWashUpRowResponse}: every rating of a competency, their spread and the consensus. */
	record WashUpRowResponse(CompetencyResponse competency, List<AssessorRatingResponse> ratings,
			@Nullable Integer lowest, @Nullable Integer highest, @Nullable Integer spread, @Nullable Double mean,
			@Nullable Integer consensus, @Nullable String rationale) {

	}

	/**
	 * Schema {@code AssessmentWashUpResponse}: {@code withdrawnOn} the day the participant left, when
	 * that was before the release (the wash-up no longer changes and is not released).
	 */
	record WashUpResponse(UUID centreId, String centreTitle, CentreStatus status, PersonResponse participant,
			List<WashUpRowResponse> rows, @Nullable String developmentSuggestions, @Nullable LocalDate finalisedOn,
			@Nullable LocalDate releasedOn, @Nullable LocalDate withdrawnOn, long version, boolean mayEdit,
			boolean mayRelease) {

		static WashUpResponse of(WashUpView v) {
			return new WashUpResponse(v.centreId(), v.centreTitle(), v.status(), PersonResponse.of(v.participant()),
					v.rows()
						.stream()
						.map((r) -> new WashUpRowResponse(CompetencyResponse.of(r.competency()),
								r.cells()
									.stream()
									.flatMap((c) -> c.ratings()
										.stream()
										.map((a) -> new AssessorRatingResponse(c.exerciseId(), a.assessorId(),
												a.assessorName(), a.rating(), a.evidence())))
									.toList(),
								r.lowest(), r.highest(), r.spread(), r.mean(), r.consensus(), r.rationale()))
						.toList(),
					v.developmentSuggestions(), v.finalisedOn(), v.releasedOn(), v.withdrawnOn(), v.version(),
					v.mayEdit(), v.mayRelease());
		}

	}

	/** Schema {@code AssessmentReportLineResponse}. */
	record ReportLineResponse(CompetencyResponse competency, int rating, @Nullable String rationale) {

	}

	/** Schema {@code AssessmentReportResponse}: the consensus and suggestions, never an assessor's rating. */
	record ReportResponse(UUID centreId, String centreTitle, LocalDate heldOn, @Nullable String purpose,
			PersonResponse participant, List<ReportLineResponse> lines, @Nullable String developmentSuggestions,
			@Nullable LocalDate releasedOn) {

		static ReportResponse of(ReportView r) {
			return new ReportResponse(r.centreId(), r.centreTitle(), r.heldOn(), r.purpose(),
					PersonResponse.of(r.participant()),
					r.lines()
						.stream()
						.map((l) -> new ReportLineResponse(CompetencyResponse.of(l.competency()), l.rating(),
								l.rationale()))
						.toList(),
					r.developmentSuggestions(), r.releasedOn());
		}

	}

}
