package io.cocareer.talent.pool.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.pool.DesignationTerms;
import io.cocareer.talent.PoolFilter;
import io.cocareer.talent.TalentPoolEntry;
import io.cocareer.talent.pool.TalentPoolService;
import io.cocareer.talent.web.TalentDesignationResponse;

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
 * The talent pool over JSON: the pool and the designations. The same service rules as the pages:
 * pool management is the talent lead's (403 for others). The profile, notes, 9-box and catalogue
 * are their parts' ({@code TalentProfileApiController}, {@code TalentNoteApiController},
 * {@code TalentNineBoxApiController}, {@code TalentCompetencyApiController}), named so that their
 * schemas keep the {@code Talent} prefix.
 */
@RestController
@RequestMapping("/api/v1")
class TalentApiController {

	private final TalentPoolService talents;

	TalentApiController(TalentPoolService talents) {
		this.talents = talents;
	}

	/** The whole pool for the talent lead; for a manager, the talents among their direct reports. */
	@GetMapping("/talents")
	PageResponse<TalentResponse> pool(Actor actor, @RequestParam(required = false) DesignationReason reason,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") boolean reviewDue,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<TalentPoolEntry> result = this.talents.visiblePool(actor, new PoolFilter(reason, unit, reviewDue),
				Paging.of(page, size));
		return new PageResponse<>(result.items().stream().map(TalentResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/talents")
	ResponseEntity<TalentDesignationResponse> designate(Actor actor, @Valid @RequestBody DesignateRequest request) {
		UUID personId = this.talents.designate(actor, request.personId(), request.terms());
		return ResponseEntity.created(URI.create("/api/v1/talents/" + personId + "/designation"))
			.body(TalentDesignationResponse.of(this.talents.designation(actor, personId)));
	}

	@GetMapping("/talents/{personId}/designation")
	TalentDesignationResponse designation(Actor actor, @PathVariable UUID personId) {
		return TalentDesignationResponse.of(this.talents.designation(actor, personId));
	}

	@PutMapping("/talents/{personId}/designation")
	TalentDesignationResponse changeDesignation(Actor actor, @PathVariable UUID personId,
			@Valid @RequestBody DesignationRequest request) {
		this.talents.changeDesignation(actor, personId, request.terms(), Versions.required(request.version()));
		return TalentDesignationResponse.of(this.talents.designation(actor, personId));
	}

	/** Ends a designation; the reason comes as {@code ?reason=} or in a JSON body. */
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/talents/{personId}/designation")
	ResponseEntity<Void> endDesignation(Actor actor, @PathVariable UUID personId,
			@RequestParam(required = false) String reason, @RequestBody(required = false) EndRequest body) {
		String why = (reason != null) ? reason : (body != null) ? body.reason() : null;
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "talent.designation.endReasonRequired", "Say why the designation ends");
		}
		this.talents.endDesignation(actor, personId, why);
		return ResponseEntity.noContent().build();
	}

	record PageResponse<T>(List<T> items, int page, int size, long total) {

	}

	record TalentResponse(UUID personId, String employeeId, String name, @Nullable String title, @Nullable String unit,
			DesignationReason reason, int performance, int potential, String nineBoxLabel, LocalDate reviewOn,
			boolean reviewOverdue) {

		static TalentResponse of(TalentPoolEntry entry) {
			return new TalentResponse(entry.personId().value(), entry.employeeId(), entry.name(), entry.title(),
					entry.unitName(), entry.reason(), entry.performance(), entry.potential(), entry.nineBoxLabel(),
					entry.reviewOn(), entry.reviewOverdue());
		}

	}

	record DesignateRequest(@NotNull UUID personId, @NotNull DesignationReason reason,
			@NotBlank @Size(max = 2000) String evidence, @NotNull @Future LocalDate reviewOn,
			@NotNull @Min(1) @Max(3) Integer performance, @NotNull @Min(1) @Max(3) Integer potential) {

		DesignationTerms terms() {
			return new DesignationTerms(this.reason, this.evidence, this.reviewOn, this.performance, this.potential);
		}

	}

	record DesignationRequest(@NotNull DesignationReason reason, @NotBlank @Size(max = 2000) String evidence,
			@NotNull @Future LocalDate reviewOn, @NotNull @Min(1) @Max(3) Integer performance,
			@NotNull @Min(1) @Max(3) Integer potential, Long version) {

		DesignationTerms terms() {
			return new DesignationTerms(this.reason, this.evidence, this.reviewOn, this.performance, this.potential);
		}

	}

	record EndRequest(String reason) {

	}

}
