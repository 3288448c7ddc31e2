package io.cocareer.network.plan.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.plan.ActivityKind;
import io.cocareer.network.plan.ActivityStatus;
import io.cocareer.network.plan.Fund;
import io.cocareer.network.plan.Money;
import io.cocareer.network.plan.PlanService;
import io.cocareer.network.plan.PlanView;
import io.cocareer.network.plan.RecordDone;
import io.cocareer.network.plan.SaveActivity;
import io.cocareer.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in talent's own development plan over JSON: the activities and this year's fund,
 * and the changes to them. Amounts are decimal numbers of the fund's currency (at most two
 * decimals, never negative). Nobody reaches another talent's plan here.
 */
@RestController
@RequestMapping("/api/v1/me/network/plan")
class NetworkPlanApiController {

	private final PlanService plans;

	NetworkPlanApiController(PlanService plans) {
		this.plans = plans;
	}

	/** The plan: every activity, the gaps it may serve (and those no activity serves yet), and this year's fund. */
	@GetMapping
	PlanResponse plan(Actor actor) {
		PlanView plan = this.plans.myPlan(actor);
		String currency = this.plans.currency().getCurrencyCode();
		return new PlanResponse(FundResponse.of(plan.fund(), currency),
				plan.activities().stream().map(ActivityResponse::of).toList(),
				plan.gaps().stream().map((g) -> new GapResponse(g.id(), g.role(), g.arena(), g.description())).toList(),
				plan.gapsWithoutActivity().stream().map(PlanView.GapView::id).toList());
	}

	/** Plans an activity; refused (409 {@code network.plan.fund.exceeded}) if it would take its year's fund over. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/activities")
	ResponseEntity<ActivityResponse> add(Actor actor, @Valid @RequestBody ActivityRequest request) {
		UUID id = this.plans.addActivity(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/me/network/plan/activities/" + id)).body(activity(actor, id));
	}

	@GetMapping("/activities/{activityId}")
	ActivityResponse activity(Actor actor, @PathVariable UUID activityId) {
		return ActivityResponse.of(this.plans.activity(actor, activityId));
	}

	/** Changes a planned activity, as read at {@code version}. */
	@PutMapping("/activities/{activityId}")
	ActivityResponse change(Actor actor, @PathVariable UUID activityId, @Valid @RequestBody ChangeActivityRequest request) {
		this.plans.changeActivity(actor, activityId, request.activity().toCommand(), request.version());
		return activity(actor, activityId);
	}

	/** Cancels a planned activity (it stays in the plan, cancelled); what it committed goes back to the fund. */
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/activities/{activityId}")
	void cancel(Actor actor, @PathVariable UUID activityId) {
		this.plans.cancelActivity(actor, activityId);
	}

	/**
	 * Records a planned activity done; the people met with {@code addToMap} go onto the map as
	 * external developers in the same step. All or nothing: one who is already on the map refuses
	 * the whole step (400, its {@code peopleMet[i]} named).
	 */
	@PostMapping("/activities/{activityId}/done")
	DoneResponse done(Actor actor, @PathVariable UUID activityId, @Valid @RequestBody DoneRequest request) {
		List<UUID> added = this.plans.recordDone(actor, activityId, request.toCommand());
		return new DoneResponse(activity(actor, activityId), added);
	}

	/**
	 * Schema {@code NetworkPlanActivityRequest}: an activity; {@code endsOn} for a period,
	 * {@code gapIds} of the talent's own desired network.
	 */
	record ActivityRequest(@NotNull ActivityKind kind, @NotNull @Size(min = 1, max = 160) String title,
			@NotNull LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable @Size(max = 20) Set<@NotNull UUID> gapIds,
			@NotNull BigDecimal estimatedCost) {

		SaveActivity toCommand() {
			return new SaveActivity(this.kind, this.title, this.startsOn, this.endsOn, this.gapIds, this.estimatedCost);
		}

	}

	/** Schema {@code NetworkPlanChangeActivityRequest}: the activity as it should be, and the version read. */
	record ChangeActivityRequest(@NotNull @Valid ActivityRequest activity, @NotNull Long version) {

	}

	/** Schema {@code NetworkPlanDoneRequest}. */
	record DoneRequest(@NotNull @Size(min = 1, max = 2000) String outcome, @NotNull BigDecimal actualCost,
			@Nullable @Size(max = 20) List<@NotNull @Valid PersonMetRequest> peopleMet) {

		RecordDone toCommand() {
			List<RecordDone.PersonMet> people = (this.peopleMet == null) ? List.of()
					: this.peopleMet.stream()
						.map((p) -> new RecordDone.PersonMet(p.name(), p.organisation(), p.arena(), p.role(),
								Boolean.TRUE.equals(p.addToMap())))
						.toList();
			return new RecordDone(this.outcome, this.actualCost, people);
		}

	}

	/** Schema {@code NetworkPlanPersonMetRequest}: someone met; {@code addToMap} puts them on the map. */
	record PersonMetRequest(@NotNull @Size(min = 1, max = 120) String name, @Nullable @Size(max = 120) String organisation,
			@NotNull Arena arena, @NotNull DeveloperRole role, @Nullable Boolean addToMap) {

	}

	/** Schema {@code NetworkPlanResponse}. */
	record PlanResponse(FundResponse fund, List<ActivityResponse> activities, List<GapResponse> gaps,
			List<UUID> gapsWithoutActivity) {

	}

	/** Schema {@code NetworkPlanFundResponse}: a year's fund; {@code left} may be below 0 if the budget was lowered. */
	record FundResponse(int year, String currency, BigDecimal budget, BigDecimal committed, BigDecimal spent,
			BigDecimal left, boolean stopped) {

		static FundResponse of(Fund fund, String currency) {
			return new FundResponse(fund.year(), currency, Money.amount(fund.budgetCents()),
					Money.amount(fund.committedCents()), Money.amount(fund.spentCents()), Money.amount(fund.leftCents()),
					fund.stopped());
		}

	}

	/** Schema {@code NetworkPlanActivityResponse}. */
	record ActivityResponse(UUID id, ActivityKind kind, String title, LocalDate startsOn, @Nullable LocalDate endsOn,
			Set<UUID> gapIds, BigDecimal estimatedCost, ActivityStatus status, @Nullable String outcome,
			@Nullable BigDecimal actualCost, @Nullable LocalDate doneOn, List<PersonMetResponse> peopleMet, long version) {

		static ActivityResponse of(PlanView.ActivityView a) {
			return new ActivityResponse(a.id(), a.kind(), a.title(), a.startsOn(), a.endsOn(), new TreeSet<>(a.gapIds()),
					Money.amount(a.estimatedCents()), a.status(), a.outcome(),
					(a.actualCents() != null) ? Money.amount(a.actualCents()) : null, a.doneOn(),
					a.peopleMet().stream()
						.map((p) -> new PersonMetResponse(p.name(), p.organisation(), p.arena(), p.role(), p.developerId(),
								p.onMap()))
						.toList(),
					a.version());
		}

	}

	/** Schema {@code NetworkPlanPersonMetResponse}: {@code developerId} if they went onto the map. */
	record PersonMetResponse(String name, @Nullable String organisation, Arena arena, DeveloperRole role,
			@Nullable UUID developerId, boolean onMap) {

	}

	/** Schema {@code NetworkPlanGapResponse}: a gap of the desired network. */
	record GapResponse(UUID id, DeveloperRole role, @Nullable Arena arena, String description) {

	}

	/** Schema {@code NetworkPlanDoneResponse}: the activity done and the developers added to the map. */
	record DoneResponse(ActivityResponse activity, List<UUID> addedDeveloperIds) {

	}

}
