package io.cocareer.alumni.reentry.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.reentry.AskToReturn;
import io.cocareer.alumni.reentry.FactorScore;
import io.cocareer.alumni.reentry.FitFactor;
import io.cocareer.alumni.reentry.ItemProgress;
import io.cocareer.alumni.reentry.MyReentryRequest;
import io.cocareer.alumni.reentry.ReentryOrigin;
import io.cocareer.alumni.reentry.ReentryRequestSummary;
import io.cocareer.alumni.reentry.ReentryRequestView;
import io.cocareer.alumni.reentry.ReentryService;
import io.cocareer.alumni.reentry.ReentryStatus;
import io.cocareer.alumni.reentry.RehireBoomerang;
import io.cocareer.alumni.reentry.RepatriationItemKind;
import io.cocareer.alumni.reentry.RepatriationItemView;
import io.cocareer.alumni.reentry.RepatriationPlanView;
import io.cocareer.alumni.reentry.RepatriationService;
import io.cocareer.alumni.reentry.SaveEvaluation;
import io.cocareer.alumni.reentry.SaveRepatriationItem;
import io.cocareer.alumni.reentry.TenureView;
import io.cocareer.alumni.reentry.TimelineEntry;
import io.cocareer.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-entry, rehire and repatriation over JSON. A request's evaluation is read only by the talent
 * lead and the hiring manager named on it; its alumnus reads the request's status (and the
 * decision, once made) and nothing of the evaluation; everybody else gets 404. Its schemas are
 * {@code Reentry…}.
 */
@RestController
class ReentryApiController {

	private final ReentryService reentry;

	private final RepatriationService repatriation;

	ReentryApiController(ReentryService reentry, RepatriationService repatriation) {
		this.reentry = reentry;
		this.repatriation = repatriation;
	}

	/**
	 * The requests the caller evaluates (the lead: all; a manager: those naming them) in
	 * {@code evaluations}, and the caller's own requests (status only) in {@code mine}.
	 */
	@GetMapping("/api/v1/reentry-requests")
	RequestList list(Actor actor) {
		return new RequestList(this.reentry.evaluations(actor).stream().map(SummaryResponse::of).toList(),
				this.reentry.mine(actor).stream().map(OwnResponse::of).toList());
	}

	/**
	 * An alumnus asks to come back (no {@code personId}); the talent lead starts a request for an
	 * alumnus ({@code personId}, and the hiring manager if known). A second open request for the same
	 * person is refused (409 {@code alumni.reentry.alreadyOpen}).
	 */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/reentry-requests")
	ResponseEntity<Object> create(Actor actor, @Valid @RequestBody AskRequest request) {
		AskToReturn ask = new AskToReturn(request.targetRole(), request.availableFrom(), request.employersSince(),
				request.newSkills(), request.whyReturn());
		UUID id = (request.personId() == null && this.reentry.mayAsk(actor)) ? this.reentry.ask(actor, ask)
				: this.reentry.start(actor, request.personId(), ask, request.hiringManagerId());
		return ResponseEntity.created(URI.create("/api/v1/reentry-requests/" + id)).body(get(actor, id));
	}

	/** The request: with its evaluation for the lead and the hiring manager, its status for its alumnus. */
	@GetMapping("/api/v1/reentry-requests/{id}")
	Object get(Actor actor, @PathVariable UUID id) {
		var own = this.reentry.mine(actor, id);
		if (own.isPresent()) {
			return OwnResponse.of(own.get());
		}
		return EvaluationResponse.of(this.reentry.evaluation(actor, id));
	}

	/** The lead or the hiring manager saves the evaluation (the lead alone names the hiring manager and lifts a "no"). */
	@PutMapping("/api/v1/reentry-requests/{id}/evaluation")
	EvaluationResponse evaluate(Actor actor, @PathVariable UUID id, @Valid @RequestBody EvaluationRequest request) {
		this.reentry.evaluate(actor, id, request.toCommand(), request.version());
		return EvaluationResponse.of(this.reentry.evaluation(actor, id));
	}

	/** Decides (FIT, NOT_NOW, NO) with a rationale; publishes {@code ReentryDecided}. */
	@PostMapping("/api/v1/reentry-requests/{id}/decision")
	EvaluationResponse decide(Actor actor, @PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
		this.reentry.decide(actor, id, request.decision(), request.rationale(), request.version());
		return EvaluationResponse.of(this.reentry.evaluation(actor, id));
	}

	/**
	 * The lead rehires a fit: a new employment period of the same person (409
	 * {@code people.rule.notLeft} for someone still employed), staff access again, and the
	 * repatriation plan, which the answer is.
	 */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/rehires")
	ResponseEntity<PlanResponse> rehire(Actor actor, @Valid @RequestBody RehireRequest request) {
		UUID personId = this.reentry.rehire(actor, new RehireBoomerang(request.requestId(), request.on(), request.unitId(),
				request.managerId(), request.title()));
		return ResponseEntity.created(URI.create("/api/v1/repatriation-plans/" + personId))
			.body(PlanResponse.of(this.repatriation.plan(actor, personId)));
	}

	/** A boomerang's repatriation plan: for the lead, its hiring manager and the boomerang. */
	@GetMapping("/api/v1/repatriation-plans/{personId}")
	PlanResponse plan(Actor actor, @PathVariable UUID personId) {
		return PlanResponse.of(this.repatriation.plan(actor, personId));
	}

	/** The lead or the hiring manager changes an item of the plan. */
	@PutMapping("/api/v1/repatriation-plans/{personId}/items/{itemId}")
	PlanResponse changeItem(Actor actor, @PathVariable UUID personId, @PathVariable UUID itemId,
			@Valid @RequestBody ItemRequest request) {
		this.repatriation.changeItem(actor, personId, itemId, new SaveRepatriationItem(request.note(), request.ownerId(),
				request.dueOn(), request.progress(), request.buddyId(), request.workPackageId()), request.version());
		return plan(actor, personId);
	}

	/** The 12-month review: the return rated 1 to 5, once; publishes {@code ReturnRated}. */
	@PostMapping("/api/v1/repatriation-plans/{personId}/review")
	PlanResponse review(Actor actor, @PathVariable UUID personId, @Valid @RequestBody ReviewRequest request) {
		this.repatriation.review(actor, personId, request.rating());
		return plan(actor, personId);
	}

	/** Schema {@code ReentryAskRequest}: {@code personId} only when the talent lead starts it for an alumnus. */
	record AskRequest(@Nullable UUID personId, @Nullable @Size(max = ReentryService.MAX_ROLE) String targetRole,
			@Nullable LocalDate availableFrom, @Nullable @Size(max = ReentryService.MAX_TEXT) String employersSince,
			@Nullable @Size(max = ReentryService.MAX_TEXT) String newSkills,
			@Nullable @Size(max = ReentryService.MAX_WHY) String whyReturn, @Nullable UUID hiringManagerId) {

	}

	/** Schema {@code ReentryEvaluationRequest}: ratings 1 to 5; the version of the request read. */
	record EvaluationRequest(@Nullable UUID hiringManagerId, @Nullable @Min(1) @Max(5) Integer priorRating,
			@Nullable @Min(1) @Max(5) Integer interimRelevance, @Nullable Boolean rootCauseFixed,
			@Nullable @Size(max = ReentryService.MAX_TEXT) String rootCauseNote, @Nullable Boolean coordinationHeavy,
			@Nullable Boolean outsiderResistant, @Nullable Boolean realisticPremium,
			@Nullable @Size(max = ReentryService.MAX_TEXT) String premiumNote,
			@Nullable @Size(max = ReentryService.MAX_TEXT) String eligibilityOverrideNote, @Nullable Long version) {

		SaveEvaluation toCommand() {
			return new SaveEvaluation(this.hiringManagerId, this.priorRating, this.interimRelevance,
					Boolean.TRUE.equals(this.rootCauseFixed), this.rootCauseNote, this.coordinationHeavy,
					this.outsiderResistant, this.realisticPremium, this.premiumNote, this.eligibilityOverrideNote);
		}

	}

	/** Schema {@code ReentryDecisionRequest}: the rationale is required. */
	record DecisionRequest(@Nullable ReentryDecision decision,
			@Nullable @Size(max = ReentryService.MAX_RATIONALE) String rationale, @Nullable Long version) {

	}

	/** Schema {@code ReentryRehireRequest}. */
	record RehireRequest(@Nullable UUID requestId, @Nullable LocalDate on, @Nullable UUID unitId, @Nullable UUID managerId,
			@Nullable @Size(max = ReentryService.MAX_ROLE) String title) {

	}

	/** Schema {@code ReentryItemRequest}: an item as it should be, and the version read. */
	record ItemRequest(@Nullable String note, @Nullable UUID ownerId, @Nullable LocalDate dueOn,
			@Nullable ItemProgress progress, @Nullable UUID buddyId, @Nullable UUID workPackageId, @Nullable Long version) {

	}

	/** Schema {@code ReentryReviewRequest}. */
	record ReviewRequest(@NotNull @Min(1) @Max(5) Integer rating) {

	}

	/** Schema {@code ReentryRequestList}. */
	record RequestList(List<SummaryResponse> evaluations, List<OwnResponse> mine) {

	}

	/** Schema {@code ReentrySummaryResponse}: a row of the evaluators' list. */
	record SummaryResponse(UUID id, UUID personId, String personName, ReentryOrigin origin, @Nullable String targetRole,
			ReentryStatus status, @Nullable ReentryDecision decision, @Nullable String hiringManagerName,
			Instant createdAt) {

		static SummaryResponse of(ReentryRequestSummary s) {
			return new SummaryResponse(s.id(), s.personId(), s.personName(), s.origin(), s.targetRole(), s.status(),
					s.decision(), s.hiringManagerName(), s.createdAt());
		}

	}

	/** Schema {@code ReentryOwnResponse}: the request as its alumnus reads it, never the evaluation. */
	record OwnResponse(UUID id, ReentryOrigin origin, @Nullable String targetRole, @Nullable LocalDate availableFrom,
			@Nullable String employersSince, @Nullable String newSkills, @Nullable String whyReturn,
			ReentryStatus status, @Nullable ReentryDecision decision, @Nullable LocalDate decidedOn, Instant createdAt) {

		static OwnResponse of(MyReentryRequest r) {
			return new OwnResponse(r.id(), r.origin(), r.targetRole(), r.availableFrom(), r.employersSince(),
					r.newSkills(), r.whyReturn(), r.status(), r.decision(), r.decidedOn(), r.createdAt());
		}

	}

	/** Schema {@code ReentryFactorResponse}: a factor's score (null until entered) and the message key of why. */
	record FactorResponse(FitFactor factor, @Nullable Integer score, int min, int max, int weight, String reasonCode,
			List<Object> arguments) {

		static FactorResponse of(FactorScore f) {
			return new FactorResponse(f.factor(), f.score(), f.min(), f.max(), f.weight(), f.reasonCode(), f.arguments());
		}

	}

	/** Schema {@code ReentryEvaluationResponse}: the request with its evaluation (the lead and the hiring manager only). */
	record EvaluationResponse(UUID id, UUID personId, String personName, ReentryOrigin origin,
			@Nullable String targetRole, @Nullable LocalDate availableFrom, @Nullable String employersSince,
			@Nullable String newSkills, @Nullable String whyReturn, ReentryStatus status, @Nullable UUID hiringManagerId,
			@Nullable String hiringManagerName, @Nullable LocalDate leftOn, @Nullable ExitReasonKind reasonKind,
			@Nullable RehireEligibility eligibility, @Nullable AlumniTier tier, @Nullable Integer tenureMonths,
			int monthsAway, List<TimelineEntry> timeline, boolean rootCauseFixed, @Nullable String rootCauseNote,
			@Nullable Integer priorRating, @Nullable Integer interimRelevance, @Nullable Boolean coordinationHeavy,
			@Nullable Boolean outsiderResistant, @Nullable Boolean realisticPremium, @Nullable String premiumNote,
			@Nullable String eligibilityOverrideNote, List<FactorResponse> factors, @Nullable Integer overallScore,
			boolean eligible, boolean complete, @Nullable ReentryDecision decision, @Nullable String rationale,
			@Nullable LocalDate decidedOn, @Nullable LocalDate rehiredOn, long version) {

		static EvaluationResponse of(ReentryRequestView v) {
			return new EvaluationResponse(v.id(), v.personId(), v.personName(), v.origin(), v.targetRole(),
					v.availableFrom(), v.employersSince(), v.newSkills(), v.whyReturn(), v.status(), v.hiringManagerId(),
					v.hiringManagerName(), v.leftOn(), v.reasonKind(), v.eligibility(), v.tier(), v.tenureMonths(),
					v.monthsAway(), v.timeline(), v.rootCauseFixed(), v.rootCauseNote(), v.priorRating(),
					v.interimRelevance(), v.coordinationHeavy(), v.outsiderResistant(), v.realisticPremium(),
					v.premiumNote(), v.eligibilityOverrideNote(),
					v.assessment().factors().stream().map(FactorResponse::of).toList(), v.assessment().overall(),
					v.assessment().eligible(), v.assessment().complete(), v.decision(), v.rationale(), v.decidedOn(),
					v.rehiredOn(), v.version());
		}

	}

	/** Schema {@code ReentryItemResponse}. */
	record ItemResponse(UUID id, RepatriationItemKind kind, @Nullable String note, @Nullable UUID ownerId,
			@Nullable String ownerName, @Nullable LocalDate dueOn, ItemProgress progress, boolean overdue,
			@Nullable UUID buddyId, @Nullable String buddyName, @Nullable UUID workPackageId,
			@Nullable String workPackageTitle, @Nullable UUID tourId, @Nullable String proposeTourLink, long version) {

		static ItemResponse of(RepatriationItemView i) {
			return new ItemResponse(i.id(), i.kind(), i.note(), i.ownerId(), i.ownerName(), i.dueOn(), i.progress(),
					i.overdue(), i.buddyId(), i.buddyName(), i.workPackageId(), i.workPackageTitle(), i.tourId(),
					i.proposeTourLink(), i.version());
		}

	}

	/** Schema {@code ReentryPlanResponse}: {@code tenure} only for readers who see the employment history. */
	record PlanResponse(UUID id, UUID personId, String personName, LocalDate rehiredOn, @Nullable String unitName,
			@Nullable UUID managerId, @Nullable String managerName, List<ItemResponse> items, @Nullable TenureView tenure,
			LocalDate reviewDueOn, @Nullable Integer reviewRating, @Nullable LocalDate reviewedOn, boolean boomerang,
			long version) {

		static PlanResponse of(RepatriationPlanView p) {
			return new PlanResponse(p.id(), p.personId(), p.personName(), p.rehiredOn(), p.unitName(), p.managerId(),
					p.managerName(), p.items().stream().map(ItemResponse::of).toList(), p.tenure(), p.reviewDueOn(),
					p.reviewRating(), p.reviewedOn(), true, p.version());
		}

	}

}
