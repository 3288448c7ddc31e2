package io.cocareer.network.introduction.web;

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

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.introduction.AddToMap;
import io.cocareer.network.introduction.AskIntroduction;
import io.cocareer.network.introduction.BrokerKind;
import io.cocareer.network.introduction.IntroductionChannel;
import io.cocareer.network.introduction.IntroductionOutcome;
import io.cocareer.network.introduction.IntroductionService;
import io.cocareer.network.introduction.IntroductionState;
import io.cocareer.network.introduction.IntroductionView;
import io.cocareer.network.introduction.MyIntroductions;
import io.cocareer.network.introduction.TargetKind;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Introductions over JSON, with the rules of the pages: the caller's own (asked and brokered),
 * asking, and each side's steps with the version read. An introduction the caller is neither the
 * talent nor the broker of is a 404; the other side's step a 403; a step not open in its state
 * (accepting twice, an outcome before the introduction) or a stale version a 409.
 */
@RestController
@RequestMapping("/api/v1/network/introductions")
class IntroductionApiController {

	private final IntroductionService introductions;

	IntroductionApiController(IntroductionService introductions) {
		this.introductions = introductions;
	}

	/** The caller's introductions: those they asked for, and those asked of them as broker. */
	@GetMapping
	MineResponse mine(Actor actor) {
		MyIntroductions mine = this.introductions.mine(actor);
		return new MineResponse(mine.asked().stream().map(IntroductionResponse::of).toList(),
				mine.brokered().stream().map(IntroductionResponse::of).toList());
	}

	/** Asks for an introduction. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<IntroductionResponse> ask(Actor actor, @Valid @RequestBody AskRequest request) {
		UUID id = this.introductions.ask(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/network/introductions/" + id)).body(get(actor, id));
	}

	@GetMapping("/{id}")
	IntroductionResponse get(Actor actor, @PathVariable UUID id) {
		return IntroductionResponse.of(this.introductions.get(actor, id));
	}

	/** The broker agrees to make the introduction. */
	@PostMapping("/{id}/accept")
	IntroductionResponse accept(Actor actor, @PathVariable UUID id, @Valid @RequestBody AnswerRequest request) {
		this.introductions.accept(actor, id, request.note(), request.version());
		return get(actor, id);
	}

	/** The broker declines (a colleague who does not know the target, for one). */
	@PostMapping("/{id}/decline")
	IntroductionResponse decline(Actor actor, @PathVariable UUID id, @Valid @RequestBody AnswerRequest request) {
		this.introductions.decline(actor, id, request.note(), request.version());
		return get(actor, id);
	}

	/** The broker records that the introduction is made. */
	@PostMapping("/{id}/introduced")
	IntroductionResponse introduced(Actor actor, @PathVariable UUID id, @Valid @RequestBody IntroducedRequest request) {
		this.introductions.introduced(actor, id, request.channel(), request.introducedOn(), request.note(),
				request.version());
		return get(actor, id);
	}

	/** The talent records the outcome, and may put the target on their map in the same step. */
	@PostMapping("/{id}/outcome")
	IntroductionResponse outcome(Actor actor, @PathVariable UUID id, @Valid @RequestBody OutcomeRequest request) {
		this.introductions.recordOutcome(actor, id, request.outcome(),
				(request.addToMap() != null) ? request.addToMap().toCommand() : null, request.version());
		return get(actor, id);
	}

	/** The talent withdraws an introduction not yet made. */
	@PostMapping("/{id}/withdraw")
	IntroductionResponse withdraw(Actor actor, @PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		this.introductions.withdraw(actor, id, request.version());
		return get(actor, id);
	}

	/** The talent puts the target of a closed introduction they met on their map. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/add-to-map")
	AddedResponse addToMap(Actor actor, @PathVariable UUID id, @Valid @RequestBody AddToMapRequest request) {
		UUID developerId = this.introductions.addToMap(actor, id, request.toCommand(), request.version());
		return new AddedResponse(developerId);
	}

	/**
	 * Schema {@code IntroductionAskRequest}: the target (a person of the organisation by
	 * {@code targetPersonId}, or anyone by {@code targetName}), the purpose, optionally the gap of
	 * the desired network it serves, and the broker ({@code brokerPersonId} names a colleague, or
	 * must be the manager's when given with {@code MANAGER}).
	 */
	record AskRequest(@NotNull TargetKind targetKind, @Nullable UUID targetPersonId,
			@Nullable @Size(max = IntroductionService.MAX_NAME) String targetName,
			@Nullable @Size(max = IntroductionService.MAX_NAME) String targetOrganisation,
			@NotNull @Size(min = 1, max = IntroductionService.MAX_TEXT) String purpose, @Nullable UUID gapId,
			@NotNull BrokerKind broker, @Nullable UUID brokerPersonId) {

		AskIntroduction toCommand() {
			return new AskIntroduction(this.targetKind, PersonId.ofNullable(this.targetPersonId), this.targetName,
					this.targetOrganisation, this.purpose, this.gapId, this.broker, PersonId.ofNullable(this.brokerPersonId));
		}

	}

	/** Schema {@code IntroductionAnswerRequest}: an optional note to the talent, and the version read. */
	record AnswerRequest(@Nullable @Size(max = IntroductionService.MAX_TEXT) String note, @NotNull Long version) {

	}

	/** Schema {@code IntroductionIntroducedRequest}: how and when the broker made it, a note, the version read. */
	record IntroducedRequest(@NotNull IntroductionChannel channel, @NotNull LocalDate introducedOn,
			@Nullable @Size(max = IntroductionService.MAX_TEXT) String note, @NotNull Long version) {

	}

	/** Schema {@code IntroductionOutcomeRequest}: what came of it; {@code addToMap} puts the target on the map too. */
	record OutcomeRequest(@NotNull IntroductionOutcome outcome, @Nullable @Valid AddToMapRequest addToMap,
			@NotNull Long version) {

	}

	/** Schema {@code IntroductionVersionRequest}: the version read. */
	record VersionRequest(@NotNull Long version) {

	}

	/**
	 * Schema {@code IntroductionAddToMapRequest}: the developer's arena, role and closeness; for a
	 * target outside the organisation, optionally the name (and organisation) of whom the talent met.
	 */
	record AddToMapRequest(@NotNull Arena arena, @NotNull DeveloperRole role, @NotNull @Min(1) @Max(5) Integer closeness,
			@Nullable @Size(max = IntroductionService.MAX_NAME) String name,
			@Nullable @Size(max = IntroductionService.MAX_NAME) String organisation, @Nullable Long version) {

		AddToMap toCommand() {
			return new AddToMap(this.arena, this.role, this.closeness, this.name, this.organisation);
		}

	}

	/** Schema {@code IntroductionAddedResponse}: the developer now on the talent's map. */
	record AddedResponse(UUID developerId) {

	}

	/** Schema {@code IntroductionMineResponse}. */
	record MineResponse(List<IntroductionResponse> asked, List<IntroductionResponse> brokered) {

	}

	/**
	 * Schema {@code IntroductionResponse}: {@code gap} and {@code onMap} are the talent's only (null
	 * and false for the broker); {@code may} says which steps the caller may take now.
	 */
	record IntroductionResponse(UUID id, boolean asker, UUID talentId, String talentName, TargetKind targetKind,
			@Nullable UUID targetPersonId, String targetName, @Nullable String targetOrganisation, String purpose,
			@Nullable String gap, BrokerKind brokerKind, @Nullable UUID brokerPersonId, @Nullable String brokerName,
			IntroductionState state, @Nullable String brokerNote, @Nullable IntroductionChannel channel,
			@Nullable LocalDate introducedOn, @Nullable String introductionNote, @Nullable IntroductionOutcome outcome,
			boolean onMap, @Nullable String closedReason, Instant askedAt, Instant updatedAt, long version, May may) {

		static IntroductionResponse of(IntroductionView v) {
			return new IntroductionResponse(v.id(), v.asker(), PersonId.valueOf(v.talent()), v.talentName(),
					v.targetKind(), PersonId.valueOf(v.target()), v.targetName(), v.targetOrganisation(), v.purpose(),
					v.gap(), v.brokerKind(), PersonId.valueOf(v.broker()), v.brokerName(), v.state(), v.brokerNote(),
					v.channel(), v.introducedOn(), v.introductionNote(), v.outcome(), v.onMap(), v.closedReason(),
					v.askedAt(), v.updatedAt(), v.version(),
					new May(v.may().answer(), v.may().recordIntroduced(), v.may().withdraw(), v.may().recordOutcome(),
							v.may().addToMap()));
		}

	}

	/** Schema {@code IntroductionMay}: the steps open to the caller now. */
	record May(boolean answer, boolean recordIntroduced, boolean withdraw, boolean recordOutcome, boolean addToMap) {

	}

}
