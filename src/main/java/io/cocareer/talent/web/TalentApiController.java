package io.cocareer.talent.web;

import java.net.URI;
import java.time.Instant;
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
import io.cocareer.shared.Versions;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.DesignationTerms;
import io.cocareer.talent.DesignationView;
import io.cocareer.talent.NineBoxView;
import io.cocareer.talent.NoteView;
import io.cocareer.talent.PoolFilter;
import io.cocareer.talent.ProfileCompetency;
import io.cocareer.talent.ProfileRevision;
import io.cocareer.talent.TalentPoolEntry;
import io.cocareer.talent.TalentProfileView;
import io.cocareer.talent.TalentService;

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
 * Talents over JSON. The same service rules as the pages: a profile the caller may not read is
 * a 404 problem, pool management is the talent lead's (403 for others).
 */
@RestController
@RequestMapping("/api/v1")
class TalentApiController {

	private final TalentService talents;

	TalentApiController(TalentService talents) {
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
	ResponseEntity<DesignationResponse> designate(Actor actor, @Valid @RequestBody DesignateRequest request) {
		UUID personId = this.talents.designate(actor, request.personId(), request.terms());
		return ResponseEntity.created(URI.create("/api/v1/talents/" + personId + "/designation"))
			.body(DesignationResponse.of(this.talents.designation(actor, personId)));
	}

	@GetMapping("/talents/{personId}/designation")
	DesignationResponse designation(Actor actor, @PathVariable UUID personId) {
		return DesignationResponse.of(this.talents.designation(actor, personId));
	}

	@PutMapping("/talents/{personId}/designation")
	DesignationResponse changeDesignation(Actor actor, @PathVariable UUID personId,
			@Valid @RequestBody DesignationRequest request) {
		this.talents.changeDesignation(actor, personId, request.terms(), Versions.required(request.version()));
		return DesignationResponse.of(this.talents.designation(actor, personId));
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

	@GetMapping("/talents/{personId}/profile")
	ProfileResponse profile(Actor actor, @PathVariable UUID personId) {
		return ProfileResponse.of(this.talents.profile(actor, personId));
	}

	@PutMapping("/talents/{personId}/profile")
	ProfileResponse reviseProfile(Actor actor, @PathVariable UUID personId, @Valid @RequestBody ProfileRequest request) {
		this.talents.reviseProfile(actor, personId, request.revision());
		return ProfileResponse.of(this.talents.profile(actor, personId));
	}

	/** The talent's choice whether creators and sponsors of work packages may find them (only the talent's own). */
	@PutMapping("/talents/{personId}/discoverability")
	ProfileResponse chooseDiscoverability(Actor actor, @PathVariable UUID personId,
			@Valid @RequestBody DiscoverabilityRequest request) {
		this.talents.chooseDiscoverability(actor, personId, request.discoverable());
		return ProfileResponse.of(this.talents.profile(actor, personId));
	}

	record DiscoverabilityRequest(@NotNull Boolean discoverable) {

	}

	@GetMapping("/talents/{personId}/notes")
	List<NoteResponse> notes(Actor actor, @PathVariable UUID personId) {
		return this.talents.notes(actor, personId).stream().map(NoteResponse::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/talents/{personId}/notes")
	ResponseEntity<NoteResponse> addNote(Actor actor, @PathVariable UUID personId,
			@Valid @RequestBody NoteRequest request) {
		UUID noteId = this.talents.addNote(actor, personId, request.body());
		NoteView note = this.talents.notes(actor, personId)
			.stream()
			.filter((candidate) -> candidate.id().equals(noteId))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/talents/" + personId + "/notes/" + noteId))
			.body(NoteResponse.of(note));
	}

	@GetMapping("/talents/nine-box")
	NineBoxResponse nineBox(Actor actor) {
		return NineBoxResponse.of(this.talents.nineBox(actor));
	}

	@GetMapping("/competencies")
	List<CompetencyResponse> competencies() {
		return this.talents.competencies().stream().map(CompetencyResponse::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/competencies")
	ResponseEntity<CompetencyResponse> addCompetency(Actor actor, @Valid @RequestBody CompetencyRequest request) {
		UUID id = this.talents.addCompetency(actor, request.name(), request.category(), request.description());
		CompetencyView created = this.talents.competencies()
			.stream()
			.filter((competency) -> competency.id().equals(id))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/competencies/" + id)).body(CompetencyResponse.of(created));
	}

	record PageResponse<T>(List<T> items, int page, int size, long total) {

	}

	record TalentResponse(UUID personId, String employeeId, String name, @Nullable String title, @Nullable String unit,
			DesignationReason reason, int performance, int potential, String nineBoxLabel, LocalDate reviewOn,
			boolean reviewOverdue) {

		static TalentResponse of(TalentPoolEntry entry) {
			return new TalentResponse(entry.personId(), entry.employeeId(), entry.name(), entry.title(),
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

	record DesignationResponse(UUID personId, DesignationReason reason, String evidence, LocalDate reviewOn,
			int performance, int potential, String nineBoxLabel, String designatedBy, Instant designatedAt,
			@Nullable Instant endedAt, @Nullable String endReason, boolean active, boolean reviewOverdue,
			long version) {

		static DesignationResponse of(DesignationView view) {
			if (view == null) {
				return null;
			}
			return new DesignationResponse(view.personId(), view.reason(), view.evidence(), view.reviewOn(),
					view.performance(), view.potential(), view.nineBoxLabel(), view.designatedBy(),
					view.designatedAt(), view.endedAt(), view.endReason(), view.active(), view.reviewOverdue(),
					view.version());
		}

	}

	record ProfileResponse(UUID personId, String name, @Nullable String title, @Nullable String unit,
			@Nullable DesignationResponse designation, List<String> values, @Nullable String shortTermAspiration,
			@Nullable String longTermAspiration, List<String> desiredRoles, @Nullable String personalBrand,
			@Nullable String potentialStatement, List<ProfileCompetency> competencies, @Nullable Instant updatedAt,
			@Nullable String updatedBy, long version, boolean discoverable) {

		static ProfileResponse of(TalentProfileView view) {
			return new ProfileResponse(view.person().id(), view.person().fullName(), view.person().title(),
					view.person().unitName(), DesignationResponse.of(view.designation()), view.values(),
					view.shortTermAspiration(), view.longTermAspiration(), view.desiredRoles(), view.personalBrand(),
					view.potentialStatement(), view.competencies(), view.updatedAt(), view.updatedBy(),
					view.version(), view.discoverable());
		}

	}

	record ProfileRequest(@Size(max = 7) List<@Size(max = 80) String> values,
			@Size(max = 1000) String shortTermAspiration, @Size(max = 1000) String longTermAspiration,
			@Size(max = 5) List<@Size(max = 120) String> desiredRoles, @Size(max = 1000) String personalBrand,
			@Size(max = 1000) String potentialStatement, @Valid List<CompetencyLevelRequest> competencies,
			@NotNull Long version) {

		ProfileRevision revision() {
			List<ProfileRevision.Competency> rows = (this.competencies != null) ? this.competencies.stream()
				.map((row) -> (row != null)
						? new ProfileRevision.Competency(row.competencyId(), row.proficiency(), row.evidence()) : null)
				.toList() : List.of();
			return new ProfileRevision(this.values, this.shortTermAspiration, this.longTermAspiration,
					this.desiredRoles, this.personalBrand, this.potentialStatement, rows, this.version);
		}

	}

	record CompetencyLevelRequest(@NotNull UUID competencyId, @NotNull @Min(1) @Max(5) Integer proficiency,
			@Size(max = 1000) String evidence) {

	}

	record NoteRequest(@NotBlank @Size(max = 4000) String body) {

	}

	record NoteResponse(UUID id, String authorName, String body, Instant createdAt) {

		static NoteResponse of(NoteView note) {
			return new NoteResponse(note.id(), note.authorName(), note.body(), note.createdAt());
		}

	}

	record CompetencyResponse(UUID id, String name, String category, @Nullable String description) {

		static CompetencyResponse of(CompetencyView view) {
			return new CompetencyResponse(view.id(), view.name(), view.category(), view.description());
		}

	}

	record NineBoxResponse(List<Cell> cells, int total) {

		static NineBoxResponse of(NineBoxView view) {
			return new NineBoxResponse(view.cells()
				.stream()
				.map((cell) -> new Cell(cell.performance(), cell.potential(), cell.label(), cell.count(),
						cell.members().stream().map((m) -> new Member(m.personId(), m.name())).toList()))
				.toList(), view.total());
		}

		record Cell(int performance, int potential, String label, int count, List<Member> members) {

		}

		record Member(UUID personId, String name) {

		}

	}

	record CompetencyRequest(@NotBlank @Size(max = 80) String name, @NotBlank @Size(max = 40) String category,
			@Size(max = 400) String description) {

	}

}
