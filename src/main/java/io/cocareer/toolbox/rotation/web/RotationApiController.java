package io.cocareer.toolbox.rotation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.toolbox.rotation.Candidates;
import io.cocareer.toolbox.rotation.CreatePlan;
import io.cocareer.toolbox.rotation.PlanSummary;
import io.cocareer.toolbox.rotation.PlanView;
import io.cocareer.toolbox.rotation.RotationService;
import io.cocareer.toolbox.rotation.RuleKind;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rotation planning over JSON: the plans, what a plan is made of, a new plan, pins and forbids,
 * re-running, confirming (its tours proposed in one step) and discarding a draft. The talent lead
 * plans; a manager reads the plans that involve their reports (their lines only); anybody else is
 * refused (403), and a plan they may not read does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/toolbox/rotation")
class RotationApiController {

	private final RotationService rotation;

	RotationApiController(RotationService rotation) {
		this.rotation = rotation;
	}

	@GetMapping("/plans")
	List<PlanSummary> list(Actor actor) {
		return this.rotation.list(actor);
	}

	/** The talent pool (of a unit, if named) and the open rotational packages with their free seats. */
	@GetMapping("/candidates")
	Candidates candidates(Actor actor, @RequestParam(required = false) String unit) {
		return this.rotation.candidates(actor, unit);
	}

	/** Makes a draft plan and runs it. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/plans")
	ResponseEntity<PlanView> create(Actor actor, @Valid @RequestBody CreateRequest request) {
		UUID id = this.rotation.create(actor, new CreatePlan(request.name(), request.talentIds(), request.packageIds()));
		return ResponseEntity.created(URI.create("/api/v1/toolbox/rotation/plans/" + id)).body(this.rotation.get(actor, id));
	}

	@GetMapping("/plans/{id}")
	PlanView get(Actor actor, @PathVariable UUID id) {
		return this.rotation.get(actor, id);
	}

	/** Pins or forbids a pair ({@code kind} null: takes it back) and runs the plan again. */
	@PostMapping("/plans/{id}/rules")
	PlanView rule(Actor actor, @PathVariable UUID id, @Valid @RequestBody RuleRequest request) {
		this.rotation.rule(actor, id, request.personId(), request.packageId(), request.kind(), request.version());
		return this.rotation.get(actor, id);
	}

	/** Runs the plan again on today's seats and scores. */
	@PostMapping("/plans/{id}/run")
	PlanView run(Actor actor, @PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		this.rotation.rerun(actor, id, request.version());
		return this.rotation.get(actor, id);
	}

	/** Proposes every tour of the plan in one step, or none (409 with what changed or what failed). */
	@PostMapping("/plans/{id}/confirm")
	PlanView confirm(Actor actor, @PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		this.rotation.confirm(actor, id, request.version());
		return this.rotation.get(actor, id);
	}

	@PostMapping("/plans/{id}/discard")
	ResponseEntity<Void> discard(Actor actor, @PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		this.rotation.discard(actor, id, request.version());
		return ResponseEntity.noContent().build();
	}

	/** Schema {@code RotationPlanCreateRequest}. */
	record CreateRequest(@NotNull @Size(max = RotationService.MAX_NAME) String name,
			@NotNull @Size(max = RotationService.MAX_TALENTS) List<UUID> talentIds,
			@NotNull @Size(max = RotationService.MAX_PACKAGES) List<UUID> packageIds) {

	}

	/** Schema {@code RotationRuleRequest}: {@code kind} PIN or FORBID, or null to take the lead's word back. */
	record RuleRequest(@NotNull UUID personId, @NotNull UUID packageId, @Nullable RuleKind kind,
			@NotNull Long version) {

	}

	/** Schema {@code RotationVersionRequest}: the version of the plan read. */
	record VersionRequest(@NotNull Long version) {

	}

}
