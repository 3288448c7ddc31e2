package io.cocareer.alumni.directory.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.AlumniProfileView;
import io.cocareer.alumni.directory.AlumniRelations;
import io.cocareer.alumni.directory.AlumnusDetail;
import io.cocareer.alumni.register.InteractionView;
import io.cocareer.alumni.register.RecordInteraction;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

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
 * The talent lead's alumni relations over JSON: record an interaction, mark a referral hired, the
 * distinguished tier. One alumnus in full is {@code GET /api/v1/alumni/{personId}} for the lead
 * ({@link DirectoryApiController}). Its schemas are {@code AlumniRelations…}.
 */
@RestController
class RelationsApiController {

	private final AlumniRelations relations;

	private final AlumniDirectory directory;

	RelationsApiController(AlumniRelations relations, AlumniDirectory directory) {
		this.relations = relations;
		this.directory = directory;
	}

	/**
	 * One alumnus: for the talent lead in full (the register's record, the profile if any, the
	 * interactions newest first); for an alumnus the profile alone, of a listed alumnus whose
	 * consent holds (or their own).
	 */
	@GetMapping("/api/v1/alumni/{personId}")
	AlumnusResponse alumnus(Actor actor, @PathVariable UUID personId) {
		if (this.relations.mayManageRelations(actor)) {
			return AlumnusResponse.of(this.relations.alumnus(actor, PersonId.of(personId)));
		}
		AlumniProfileView profile = this.directory.profile(actor, PersonId.of(personId));
		return new AlumnusResponse(profile.personId(), profile.name(), DirectoryApiController.ProfileResponse.of(profile),
				null, null);
	}

	/** The talent lead records an interaction; {@code valueCents} counts for a collaboration only. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/alumni/{personId}/interactions")
	ResponseEntity<InteractionResponse> record(Actor actor, @PathVariable UUID personId,
			@Valid @RequestBody InteractionRequest request) {
		UUID id = this.relations.recordInteraction(actor, PersonId.of(personId),
				new RecordInteraction(request.kind(), request.occurredOn(), request.summary(), request.valueCents()));
		InteractionView recorded = this.relations.alumnus(actor, PersonId.of(personId))
			.interactions()
			.stream()
			.filter((i) -> i.id().equals(id))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/alumni/" + personId)).body(InteractionResponse.of(recorded));
	}

	/** The talent lead marks a referral as hired. */
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PostMapping("/api/v1/alumni/interactions/{interactionId}/hired")
	void hired(Actor actor, @PathVariable UUID interactionId) {
		this.relations.markReferralHired(actor, interactionId);
	}

	/** The talent lead invites an alumnus to the distinguished tier ({@code true}) or ends it. */
	@PutMapping("/api/v1/alumni/{personId}/distinguished")
	AlumnusResponse distinguished(Actor actor, @PathVariable UUID personId,
			@Valid @RequestBody DistinguishedRequest request) {
		this.relations.setDistinguished(actor, PersonId.of(personId), request.distinguished());
		return AlumnusResponse.of(this.relations.alumnus(actor, PersonId.of(personId)));
	}

	/** Schema {@code AlumniRelationsInteractionRequest}. */
	record InteractionRequest(@NotNull InteractionKind kind, @NotNull LocalDate occurredOn,
			@NotNull @Size(max = 500) String summary, @Nullable @PositiveOrZero Long valueCents) {

	}

	/** Schema {@code AlumniRelationsDistinguishedRequest}. */
	record DistinguishedRequest(@NotNull Boolean distinguished) {

	}

	/** Schema {@code AlumniRelationsInteraction}. */
	record InteractionResponse(UUID id, InteractionKind kind, LocalDate occurredOn, String summary,
			@Nullable Long valueCents, boolean hired, @Nullable String recordedBy) {

		static InteractionResponse of(InteractionView i) {
			return new InteractionResponse(i.id(), i.kind(), i.occurredOn(), i.summary(), i.valueCents(), i.hired(),
					i.recordedByName());
		}

	}

	/**
	 * Schema {@code AlumniRelationsAlumnus}: the profile (if any); for the talent lead also the
	 * register's {@code record} and the {@code interactions}, newest first.
	 */
	record AlumnusResponse(UUID personId, String name, DirectoryApiController.@Nullable ProfileResponse profile,
			@Nullable RecordResponse record, @Nullable List<InteractionResponse> interactions) {

		static AlumnusResponse of(AlumnusDetail d) {
			var r = d.record();
			return new AlumnusResponse(r.personId().value(), d.name(),
					(d.profile() != null) ? DirectoryApiController.ProfileResponse.of(d.profile()) : null,
					new RecordResponse(r.leftOn(), r.reasonCode(), r.reasonKind(), r.eligibility(), r.contactable(),
							r.consentWithdrawnAt(), r.tier(), r.distinguishedSince(), r.rehiredOn()),
					d.interactions().stream().map(InteractionResponse::of).toList());
		}

	}

	/** Schema {@code AlumniRelationsRecord}: the register's record of an alumnus, for the talent lead. */
	record RecordResponse(LocalDate leftOn, String reasonCode, ExitReasonKind reasonKind, RehireEligibility eligibility,
			boolean contactable, @Nullable Instant consentWithdrawnAt, AlumniTier tier,
			@Nullable LocalDate distinguishedSince, @Nullable LocalDate rehiredOn) {

	}

}
