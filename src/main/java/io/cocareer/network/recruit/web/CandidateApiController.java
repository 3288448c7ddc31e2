package io.cocareer.network.recruit.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.network.recruit.AssetKind;
import io.cocareer.network.recruit.CandidateService;
import io.cocareer.network.recruit.CandidateStage;
import io.cocareer.network.recruit.CandidateView;
import io.cocareer.network.recruit.HireCandidate;
import io.cocareer.network.recruit.ReachEvaluation;
import io.cocareer.network.recruit.SaveAsset;
import io.cocareer.network.recruit.SaveCandidate;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Candidates over JSON, for the talent lead (and a hiring manager's own): the candidates, their
 * network assets, the reach they add and the hire. Everyone else is refused (403), a candidate one
 * may not see does not exist (404). Its schemas are {@code Candidate…}.
 */
@RestController
@RequestMapping("/api/v1/network/candidates")
class CandidateApiController {

	private final CandidateService candidates;

	private final MessageSource messages;

	CandidateApiController(CandidateService candidates, MessageSource messages) {
		this.candidates = candidates;
		this.messages = messages;
	}

	/** The candidates the caller may see, newest first; {@code stage} keeps one stage. */
	@GetMapping
	List<CandidateResponse> list(Actor actor, @RequestParam(required = false) @Nullable CandidateStage stage) {
		return this.candidates.list(actor, stage).stream().map(CandidateResponse::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<CandidateResponse> create(Actor actor, @Valid @RequestBody CandidateRequest request) {
		UUID id = this.candidates.create(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/network/candidates/" + id)).body(candidate(actor, id));
	}

	@GetMapping("/{candidateId}")
	CandidateResponse candidate(Actor actor, @PathVariable UUID candidateId) {
		return CandidateResponse.of(this.candidates.get(actor, candidateId));
	}

	/** Changes the candidate as read at {@code version} (409 when someone changed it since). */
	@PutMapping("/{candidateId}")
	CandidateResponse change(Actor actor, @PathVariable UUID candidateId, @Valid @RequestBody ChangeRequest request) {
		this.candidates.change(actor, candidateId, request.candidate().toCommand(), request.version());
		return candidate(actor, candidateId);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{candidateId}")
	void delete(Actor actor, @PathVariable UUID candidateId) {
		this.candidates.delete(actor, candidateId);
	}

	@GetMapping("/{candidateId}/assets")
	List<AssetResponse> assets(Actor actor, @PathVariable UUID candidateId) {
		return this.candidates.get(actor, candidateId).assets().stream().map(AssetResponse::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{candidateId}/assets")
	ResponseEntity<AssetResponse> addAsset(Actor actor, @PathVariable UUID candidateId, @Valid @RequestBody AssetRequest request) {
		UUID id = this.candidates.addAsset(actor, candidateId, new SaveAsset(request.kind(), request.name(), request.description()));
		AssetResponse asset = AssetResponse.of(this.candidates.get(actor, candidateId).asset(id).orElseThrow());
		return ResponseEntity.created(URI.create("/api/v1/network/candidates/" + candidateId + "/assets/" + id)).body(asset);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{candidateId}/assets/{assetId}")
	void removeAsset(Actor actor, @PathVariable UUID candidateId, @PathVariable UUID assetId) {
		this.candidates.removeAsset(actor, candidateId, assetId);
	}

	/**
	 * The reach the candidate adds: for each asset whether at least k talents' maps reach it
	 * ({@code talents} only then), and what the organisation does not reach yet. Reveals no map.
	 */
	@GetMapping("/{candidateId}/evaluation")
	EvaluationResponse evaluation(Actor actor, @PathVariable UUID candidateId, Locale locale) {
		ReachEvaluation evaluation = this.candidates.evaluation(actor, candidateId);
		return new EvaluationResponse(evaluation.minGroupSize(),
				evaluation.assets().stream().map((a) -> new AssetReachResponse(AssetResponse.of(a.asset()), a.reach(), a.talents())).toList(),
				evaluation.adds().entrySet().stream().map((e) -> new AddsResponse(e.getKey(), e.getValue()))
					.sorted(java.util.Comparator.comparing(AddsResponse::kind)).toList(),
				RecruitPage.summary(this.messages, evaluation, locale));
	}

	/** Hires a candidate at the offer: they become a person of the organisation, assets kept. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{candidateId}/hire")
	ResponseEntity<CandidateResponse> hire(Actor actor, @PathVariable UUID candidateId, @Valid @RequestBody HireRequest request) {
		UUID personId = this.candidates.hire(actor, candidateId, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/people/" + personId)).body(candidate(actor, candidateId));
	}

	/** Schema {@code CandidateRequest}: a candidate; {@code hiringManagerId} is a person of the organisation. */
	record CandidateRequest(@NotNull @Size(min = 1, max = 120) String name, @NotNull @Size(min = 1, max = 120) String roleAppliedFor,
			@NotNull CandidateStage stage, @Nullable @Size(max = 1000) String note, @Nullable UUID hiringManagerId) {

		SaveCandidate toCommand() {
			return new SaveCandidate(this.name, this.roleAppliedFor, this.stage, this.note, PersonId.ofNullable(this.hiringManagerId));
		}

	}

	/** Schema {@code CandidateChangeRequest}: the candidate as it should be, and the version read. */
	record ChangeRequest(@NotNull @Valid CandidateRequest candidate, @NotNull Long version) {

	}

	/** Schema {@code CandidateAssetRequest}: an arena's {@code name} is one of the arenas (e.g. {@code PRIOR_EMPLOYER}). */
	record AssetRequest(@NotNull AssetKind kind, @NotNull @Size(min = 1, max = 120) String name,
			@Nullable @Size(max = 200) String description) {

	}

	/** Schema {@code CandidateHireRequest}: the person they become ({@code managerId} defaults to the hiring manager). */
	record HireRequest(@NotNull @Size(min = 1, max = 40) String employeeId, @NotNull @Size(min = 1, max = 80) String firstName,
			@NotNull @Size(min = 1, max = 80) String lastName, @NotNull @Size(min = 3, max = 254) String email,
			@Nullable @Size(max = 120) String title, @Nullable UUID unitId, @Nullable UUID managerId, @NotNull LocalDate hireDate) {

		HireCandidate toCommand() {
			return new HireCandidate(this.employeeId, this.firstName, this.lastName, this.email, this.title, this.unitId,
					this.managerId, this.hireDate);
		}

	}

	/** Schema {@code CandidateResponse}. */
	record CandidateResponse(UUID id, String name, String roleAppliedFor, CandidateStage stage, @Nullable String note,
			@Nullable UUID hiringManagerId, @Nullable String hiringManagerName, @Nullable UUID personId,
			List<AssetResponse> assets, Instant createdAt, long version) {

		static CandidateResponse of(CandidateView c) {
			return new CandidateResponse(c.id(), c.name(), c.roleAppliedFor(), c.stage(), c.note(), c.hiringManagerId(),
					c.hiringManagerName(), c.personId(), c.assets().stream().map(AssetResponse::of).toList(), c.createdAt(),
					c.version());
		}

	}

	/** Schema {@code CandidateAssetResponse}. */
	record AssetResponse(UUID id, AssetKind kind, String name, @Nullable String description) {

		static AssetResponse of(CandidateView.AssetView a) {
			return new AssetResponse(a.id(), a.kind(), a.name(), a.description());
		}

	}

	/**
	 * Schema {@code CandidateEvaluationResponse}: {@code minGroupSize} is k; an asset's
	 * {@code talents} is given only when at least k talents reach it.
	 */
	record EvaluationResponse(int minGroupSize, List<AssetReachResponse> assets, List<AddsResponse> adds, String summary) {

	}

	/** Schema {@code CandidateAssetReachResponse}. */
	record AssetReachResponse(AssetResponse asset, ReachEvaluation.Reach reach, @Nullable Long talents) {

	}

	/** Schema {@code CandidateAddsResponse}: how many assets of a kind the organisation does not reach yet. */
	record AddsResponse(AssetKind kind, int count) {

	}

}
