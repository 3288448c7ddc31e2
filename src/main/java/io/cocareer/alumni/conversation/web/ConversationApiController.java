package io.cocareer.alumni.conversation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.conversation.AddFollowUp;
import io.cocareer.alumni.conversation.ConversationStatus;
import io.cocareer.alumni.conversation.ConversationView;
import io.cocareer.alumni.conversation.ExitConversationService;
import io.cocareer.alumni.conversation.FollowUpView;
import io.cocareer.alumni.conversation.HolderKind;
import io.cocareer.alumni.conversation.Intention;
import io.cocareer.alumni.conversation.Prompt;
import io.cocareer.alumni.conversation.ScheduleConversation;
import io.cocareer.alumni.conversation.UpdateConversation;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pre-emptive exit conversations over JSON: the caller's list, scheduling, the record, follow-ups
 * and closing. A conversation is its talent's, the talent lead's and its holder's alone: for anyone
 * else it does not exist (404). Its schemas are {@code ExitConversation…}.
 */
@RestController
@RequestMapping("/api/v1/exit-conversations")
class ConversationApiController {

	private final ExitConversationService conversations;

	ConversationApiController(ExitConversationService conversations) {
		this.conversations = conversations;
	}

	/** Every conversation the caller reads: those still running first, soonest first. */
	@GetMapping
	List<ConversationResponse> list(Actor actor) {
		return this.conversations.list(actor).stream().map(ConversationResponse::of).toList();
	}

	/** Schedules one: the talent lead for any talent (held by themselves or the talent's manager), a manager for a report. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ConversationResponse> schedule(Actor actor, @Valid @RequestBody ScheduleRequest request) {
		UUID id = this.conversations.schedule(actor, new ScheduleConversation(PersonId.ofNullable(request.talentId()),
				(request.holder() != null) ? request.holder() : HolderKind.TALENT_LEAD, request.scheduledOn()));
		return ResponseEntity.created(URI.create("/api/v1/exit-conversations/" + id)).body(get(actor, id));
	}

	@GetMapping("/{id}")
	ConversationResponse get(Actor actor, @PathVariable UUID id) {
		return ConversationResponse.of(this.conversations.get(actor, id));
	}

	/** Saves its date, or (with {@code heldOn}) its record; the version read is required. */
	@PutMapping("/{id}")
	ConversationResponse update(Actor actor, @PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
		this.conversations.update(actor, id, request.toCommand(), request.version());
		return get(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/follow-ups")
	ResponseEntity<ConversationResponse> addFollowUp(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody FollowUpRequest request) {
		UUID followUpId = this.conversations.addFollowUp(actor, id,
				new AddFollowUp(request.what(), PersonId.ofNullable(request.ownerId()), request.dueOn()));
		return ResponseEntity.created(URI.create("/api/v1/exit-conversations/" + id + "/follow-ups/" + followUpId))
			.body(get(actor, id));
	}

	@PostMapping("/{id}/follow-ups/{followUpId}/done")
	ConversationResponse followUpDone(Actor actor, @PathVariable UUID id, @PathVariable UUID followUpId) {
		this.conversations.markFollowUpDone(actor, id, followUpId);
		return get(actor, id);
	}

	/** Closes a held conversation: read only from then on. */
	@PostMapping("/{id}/close")
	ConversationResponse close(Actor actor, @PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		this.conversations.close(actor, id, request.version());
		return get(actor, id);
	}

	/** Schema {@code ExitConversationScheduleRequest}: {@code holder} defaults to the talent lead (a manager always holds their own). */
	record ScheduleRequest(@NotNull UUID talentId, @Nullable HolderKind holder, @NotNull LocalDate scheduledOn) {

	}

	/**
	 * Schema {@code ExitConversationUpdateRequest}: the day it is scheduled, or the day it was held
	 * with its record; {@code holder} only the talent lead changes.
	 */
	record UpdateRequest(@Nullable LocalDate scheduledOn, @Nullable HolderKind holder, @Nullable LocalDate heldOn,
			@Nullable Intention intention, @Nullable Integer horizonMonths,
			@Nullable @Size(max = ExitConversationService.MAX_SECTION) String collaborations,
			@Nullable @Size(max = ExitConversationService.MAX_SECTION) String referrals,
			@Nullable @Size(max = ExitConversationService.MAX_SECTION) String clientRelationships,
			@Nullable @Size(max = ExitConversationService.MAX_SECTION) String knowledgeTransfer, @NotNull Long version) {

		UpdateConversation toCommand() {
			return new UpdateConversation(this.scheduledOn, this.holder, this.heldOn, this.intention, this.horizonMonths,
					this.collaborations, this.referrals, this.clientRelationships, this.knowledgeTransfer);
		}

	}

	/** Schema {@code ExitConversationFollowUpRequest}: the owner is the talent, the holder or a talent lead. */
	record FollowUpRequest(@NotNull @Size(max = ExitConversationService.MAX_FOLLOW_UP) String what,
			@NotNull UUID ownerId, @NotNull LocalDate dueOn) {

	}

	/** Schema {@code ExitConversationVersionRequest}: the version of the conversation read. */
	record VersionRequest(@NotNull Long version) {

	}

	/** Schema {@code ExitConversationFollowUpResponse}. */
	record FollowUpResponse(UUID id, @Nullable String what, @Nullable UUID ownerId, @Nullable String ownerName,
			LocalDate dueOn, @Nullable LocalDate doneOn, boolean overdue, boolean mayMarkDone) {

		static FollowUpResponse of(FollowUpView f) {
			return new FollowUpResponse(f.id(), f.what(), f.ownerId(), f.ownerName(), f.dueOn(), f.doneOn(), f.overdue(),
					f.mayMarkDone());
		}

	}

	/**
	 * Schema {@code ExitConversationResponse}: {@code holderId} is null while any talent lead may
	 * hold it; {@code overdue} a proposal past its due day, a day past without a record or a late follow-up.
	 */
	record ConversationResponse(UUID id, UUID talentId, String talentName, HolderKind holderKind,
			@Nullable UUID holderId, @Nullable String holderName, Prompt prompt, ConversationStatus status,
			@Nullable LocalDate dueOn, @Nullable LocalDate scheduledOn, @Nullable LocalDate heldOn,
			@Nullable Intention intention, @Nullable Integer horizonMonths, @Nullable String collaborations,
			@Nullable String referrals, @Nullable String clientRelationships, @Nullable String knowledgeTransfer,
			@Nullable LocalDate closedOn, boolean overdue, List<FollowUpResponse> followUps, long version,
			boolean mayEdit, boolean mayClose) {

		static ConversationResponse of(ConversationView v) {
			return new ConversationResponse(v.id(), v.talentId(), v.talentName(), v.holderKind(), v.holderId(),
					v.holderName(), v.prompt(), v.status(), v.dueOn(), v.scheduledOn(), v.heldOn(), v.intention(),
					v.horizonMonths(), v.collaborations(), v.referrals(), v.clientRelationships(), v.knowledgeTransfer(),
					v.closedOn(), v.overdue(), v.followUps().stream().map(FollowUpResponse::of).toList(), v.version(),
					v.mayEdit(), v.mayClose());
		}

	}

}
