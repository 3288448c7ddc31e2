package io.cocareer.toolbox.programme.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.toolbox.programme.Commands.AddModule;
import io.cocareer.toolbox.programme.Commands.AddTrack;
import io.cocareer.toolbox.programme.Commands.ChangeCohort;
import io.cocareer.toolbox.programme.Commands.ChangeModule;
import io.cocareer.toolbox.programme.Commands.ChangeProgramme;
import io.cocareer.toolbox.programme.Commands.ChangeTrack;
import io.cocareer.toolbox.programme.Commands.CreateCohort;
import io.cocareer.toolbox.programme.Commands.CreateProgramme;
import io.cocareer.toolbox.programme.MoveDirection;
import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.ProgressState;
import io.cocareer.toolbox.programme.TrackKind;
import io.cocareer.toolbox.programme.Views.CohortView;
import io.cocareer.toolbox.programme.Views.ParticipationView;
import io.cocareer.toolbox.programme.Views.ProgrammeView;

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
 * Development programmes over JSON: the catalogue (all staff), building and changing it (the talent
 * lead), cohorts with the rows their caller may see, enrolment, withdrawal, progress, and the
 * caller's own programmes and their team's. A participant the caller may not see is a 404. A change
 * sends the version it is based on ({@code version} of the programme for the programme, its tracks
 * and modules; of the cohort for a cohort): a stale one answers 409 {@code shared.conflict.stale}.
 */
@RestController
@RequestMapping("/api/v1/toolbox/programmes")
class ProgrammeApiController {

	private final ProgrammeService programmes;

	ProgrammeApiController(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	@GetMapping
	List<ProgrammeView> list(Actor actor) {
		return this.programmes.list(actor);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ProgrammeView> create(Actor actor, @Valid @RequestBody ProgrammeRequest request) {
		UUID id = this.programmes.create(actor, new CreateProgramme(request.name(), request.description()));
		return ResponseEntity.created(URI.create("/api/v1/toolbox/programmes/" + id)).body(get(actor, id));
	}

	@GetMapping("/{id}")
	ProgrammeView get(Actor actor, @PathVariable UUID id) {
		return this.programmes.get(actor, id);
	}

	/** Renames the programme and rewrites its description. */
	@PutMapping("/{id}")
	ProgrammeView change(Actor actor, @PathVariable UUID id, @Valid @RequestBody ChangeProgrammeRequest request) {
		this.programmes.change(actor, id, new ChangeProgramme(request.name(), request.description()),
				Versions.required(request.version()));
		return get(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/tracks")
	ProgrammeView addTrack(Actor actor, @PathVariable UUID id, @Valid @RequestBody TrackRequest request) {
		this.programmes.addTrack(actor, id, new AddTrack(request.kind(), request.name()));
		return get(actor, id);
	}

	/** Renames the track; its kind ({@code null}: it stays) changes only before any cohort of it began. */
	@PutMapping("/tracks/{trackId}")
	ProgrammeView changeTrack(Actor actor, @PathVariable UUID trackId, @Valid @RequestBody ChangeTrackRequest request) {
		return get(actor, this.programmes.changeTrack(actor, trackId, new ChangeTrack(request.kind(), request.name()),
				Versions.required(request.version())));
	}

	/** A module at the end of the track; {@code required} defaults to true. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/tracks/{trackId}/modules")
	ModuleCreated addModule(Actor actor, @PathVariable UUID trackId, @Valid @RequestBody ModuleRequest request) {
		return new ModuleCreated(this.programmes.addModule(actor, trackId, new AddModule(request.title(),
				request.description(), request.effortHours(), request.required() == null || request.required())));
	}

	/** Changes the module's title, description and expected effort (its place and whether it is required stay). */
	@PutMapping("/modules/{moduleId}")
	ProgrammeView changeModule(Actor actor, @PathVariable UUID moduleId,
			@Valid @RequestBody ChangeModuleRequest request) {
		return get(actor, this.programmes.changeModule(actor, moduleId,
				new ChangeModule(request.title(), request.description(), request.effortHours()),
				Versions.required(request.version())));
	}

	/**
	 * Moves the module one place up or down its track; refused (409) at either end and while a
	 * participant has progress on it or on the module it would swap with.
	 */
	@PostMapping("/modules/{moduleId}/move")
	ProgrammeView moveModule(Actor actor, @PathVariable UUID moduleId, @Valid @RequestBody MoveModuleRequest request) {
		return get(actor, this.programmes.moveModule(actor, moduleId, request.direction(),
				Versions.required(request.version())));
	}

	/** Removes the module; refused (409) when a participant has progress on it. */
	@DeleteMapping("/modules/{moduleId}")
	ProgrammeView removeModule(Actor actor, @PathVariable UUID moduleId,
			@RequestParam(required = false) @Nullable Long version) {
		return get(actor, this.programmes.removeModule(actor, moduleId, Versions.required(version)));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/tracks/{trackId}/cohorts")
	ResponseEntity<CohortView> createCohort(Actor actor, @PathVariable UUID trackId,
			@Valid @RequestBody CohortRequest request) {
		UUID id = this.programmes.createCohort(actor, trackId,
				new CreateCohort(request.name(), request.startsOn(), request.endsOn(), request.capacity()));
		return ResponseEntity.created(URI.create("/api/v1/toolbox/programmes/cohorts/" + id))
			.body(this.programmes.cohort(actor, id));
	}

	/** A cohort with the rows the caller may see: all for the talent lead, a manager's team, one's own. */
	@GetMapping("/cohorts/{id}")
	CohortView cohort(Actor actor, @PathVariable UUID id) {
		return this.programmes.cohort(actor, id);
	}

	/** Renames the cohort and moves its dates, by the rules of creating one (the end after the start). */
	@PutMapping("/cohorts/{id}")
	CohortView changeCohort(Actor actor, @PathVariable UUID id, @Valid @RequestBody ChangeCohortRequest request) {
		this.programmes.changeCohort(actor, id, new ChangeCohort(request.name(), request.startsOn(), request.endsOn()),
				Versions.required(request.version()));
		return this.programmes.cohort(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/cohorts/{id}/participants")
	CohortView enrol(Actor actor, @PathVariable UUID id, @Valid @RequestBody EnrolRequest request) {
		this.programmes.enrol(actor, id, PersonId.ofNullable(request.personId()));
		return this.programmes.cohort(actor, id);
	}

	@PostMapping("/cohorts/{id}/participants/{participantId}/withdraw")
	CohortView withdraw(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId) {
		this.programmes.withdraw(actor, id, participantId);
		return this.programmes.cohort(actor, id);
	}

	@PutMapping("/cohorts/{id}/participants/{participantId}/progress/{moduleId}")
	CohortView progress(Actor actor, @PathVariable UUID id, @PathVariable UUID participantId,
			@PathVariable UUID moduleId, @Valid @RequestBody ProgressRequest request) {
		this.programmes.updateProgress(actor, id, participantId, moduleId, request.state());
		return this.programmes.cohort(actor, id);
	}

	/** The caller's own programmes and, for a manager, their team's. */
	@GetMapping("/mine")
	MineResponse mine(Actor actor) {
		return new MineResponse(this.programmes.mine(actor), this.programmes.team(actor));
	}

	record ProgrammeRequest(@NotNull @Size(max = ProgrammeService.MAX_NAME) String name,
			@Nullable @Size(max = ProgrammeService.MAX_DESCRIPTION) String description) {

	}

	record TrackRequest(@NotNull TrackKind kind, @NotNull @Size(max = ProgrammeService.MAX_NAME) String name) {

	}

	/** {@code title} may be empty only to be refused with its own code. */
	record ModuleRequest(@Nullable @Size(max = ProgrammeService.MAX_NAME) String title,
			@Nullable @Size(max = ProgrammeService.MAX_DESCRIPTION) String description, @Nullable Integer effortHours,
			@Nullable Boolean required) {

	}

	record ModuleCreated(UUID id) {

	}

	record CohortRequest(@NotNull @Size(max = ProgrammeService.MAX_NAME) String name, @NotNull LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable Integer capacity) {

	}

	/** {@code name} may be empty only to be refused with its own code. */
	record ChangeProgrammeRequest(@Nullable @Size(max = ProgrammeService.MAX_NAME) String name,
			@Nullable @Size(max = ProgrammeService.MAX_DESCRIPTION) String description, @Nullable Long version) {

	}

	/** {@code kind} {@code null}: the kind stays. */
	record ChangeTrackRequest(@Nullable TrackKind kind, @Nullable @Size(max = ProgrammeService.MAX_NAME) String name,
			@Nullable Long version) {

	}

	record ChangeModuleRequest(@Nullable @Size(max = ProgrammeService.MAX_NAME) String title,
			@Nullable @Size(max = ProgrammeService.MAX_DESCRIPTION) String description, @Nullable Integer effortHours,
			@Nullable Long version) {

	}

	record MoveModuleRequest(@NotNull MoveDirection direction, @Nullable Long version) {

	}

	/** {@code name} and {@code startsOn} may be empty only to be refused with their own codes. */
	record ChangeCohortRequest(@Nullable @Size(max = ProgrammeService.MAX_NAME) String name,
			@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Long version) {

	}

	record EnrolRequest(@NotNull UUID personId) {

	}

	record ProgressRequest(@NotNull ProgressState state) {

	}

	record MineResponse(List<ParticipationView> mine, List<ParticipationView> team) {

	}

}
