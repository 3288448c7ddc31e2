package io.cocareer.toolbox.counselling.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.counselling.AddFollowUp;
import io.cocareer.toolbox.counselling.CounsellingCalendar;
import io.cocareer.toolbox.counselling.CounsellingService;
import io.cocareer.toolbox.counselling.CounsellorView;
import io.cocareer.toolbox.counselling.FollowUpOwner;
import io.cocareer.toolbox.counselling.FollowUpView;
import io.cocareer.toolbox.counselling.RequestSession;
import io.cocareer.toolbox.counselling.ScheduleSession;
import io.cocareer.toolbox.counselling.SessionStatus;
import io.cocareer.toolbox.counselling.SessionView;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * Career counselling over JSON: the caller's sessions (as talent, as counsellor), every session for
 * the talent lead (no notes), asking, scheduling, the agenda, held, notes, cancelling, follow-ups,
 * the invite, and the list of counsellors. A session is its talent's, its counsellor's and the
 * talent lead's alone: for anyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/toolbox/counselling")
class CounsellingApiController {

	private final CounsellingService counselling;

	private final CounsellingCalendar calendar;

	/** Links in the invite start with the configured address, never the request's Host header. */
	private final String baseUrl;

	CounsellingApiController(CounsellingService counselling, CounsellingCalendar calendar,
			@Value("${cocareer.base-url}") String baseUrl) {
		this.counselling = counselling;
		this.calendar = calendar;
		this.baseUrl = baseUrl(baseUrl);
	}

	/** The caller's own sessions, as the talent counselled and as the counsellor; no notes. */
	@GetMapping("/sessions")
	MySessionsResponse mine(Actor actor) {
		return new MySessionsResponse(this.counselling.asTalent(actor).stream().map(SessionResponse::of).toList(),
				this.counselling.asCounsellor(actor).stream().map(SessionResponse::of).toList());
	}

	/** Every session, for the talent lead; no notes. */
	@GetMapping("/sessions/all")
	List<SessionResponse> all(Actor actor) {
		return this.counselling.all(actor).stream().map(SessionResponse::of).toList();
	}

	/** Asks for a session: for oneself, or (the talent lead, a counsellor with themselves) for a talent. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/sessions")
	ResponseEntity<SessionResponse> request(Actor actor, @Valid @RequestBody SessionRequest request) {
		UUID id = this.counselling.request(actor, new RequestSession(PersonId.ofNullable(request.talentId()),
				PersonId.ofNullable(request.counsellorId()), request.topic(), request.agenda()));
		return ResponseEntity.created(URI.create("/api/v1/toolbox/counselling/sessions/" + id)).body(get(actor, id));
	}

	/** A session with its notes (for its talent, its counsellor and the talent lead). */
	@GetMapping("/sessions/{id}")
	SessionResponse get(Actor actor, @PathVariable UUID id) {
		return SessionResponse.of(this.counselling.get(actor, id));
	}

	/** Schedules it or moves it; the version read is required. */
	@PutMapping("/sessions/{id}/schedule")
	SessionResponse schedule(Actor actor, @PathVariable UUID id, @Valid @RequestBody ScheduleRequest request) {
		this.counselling.schedule(actor, id,
				new ScheduleSession(request.startsAt(), request.endsAt(), request.place(), request.videoLink()),
				request.version());
		return get(actor, id);
	}

	@PutMapping("/sessions/{id}/agenda")
	SessionResponse agenda(Actor actor, @PathVariable UUID id, @Valid @RequestBody AgendaRequest request) {
		this.counselling.changeAgenda(actor, id, request.agenda(), request.version());
		return get(actor, id);
	}

	@PostMapping("/sessions/{id}/held")
	SessionResponse held(Actor actor, @PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		this.counselling.markHeld(actor, id, request.version());
		return get(actor, id);
	}

	/** Writes the notes of a held session; a stale version is a 409. */
	@PutMapping("/sessions/{id}/notes")
	SessionResponse notes(Actor actor, @PathVariable UUID id, @Valid @RequestBody NotesRequest request) {
		this.counselling.writeNotes(actor, id, request.notes(), request.version());
		return get(actor, id);
	}

	@PostMapping("/sessions/{id}/cancel")
	SessionResponse cancel(Actor actor, @PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
		this.counselling.cancel(actor, id, request.reason(), request.version());
		return get(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/sessions/{id}/follow-ups")
	ResponseEntity<SessionResponse> addFollowUp(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody FollowUpRequest request) {
		UUID followUpId = this.counselling.addFollowUp(actor, id,
				new AddFollowUp(request.what(), request.owner(), request.dueOn()));
		return ResponseEntity
			.created(URI.create("/api/v1/toolbox/counselling/sessions/" + id + "/follow-ups/" + followUpId))
			.body(get(actor, id));
	}

	@PostMapping("/sessions/{id}/follow-ups/{followUpId}/done")
	SessionResponse followUpDone(Actor actor, @PathVariable UUID id, @PathVariable UUID followUpId) {
		this.counselling.markFollowUpDone(actor, id, followUpId);
		return get(actor, id);
	}

	/** The session's calendar invite: METHOD:REQUEST while scheduled, METHOD:CANCEL once cancelled. */
	@ApiResponse(responseCode = "200", description = "An iCalendar file (RFC 5545)",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	@GetMapping("/sessions/{id}/invite.ics")
	ResponseEntity<String> invite(Actor actor, @PathVariable UUID id) {
		return calendarResponse(this.calendar.invite(actor, id, this.baseUrl), id);
	}

	/** The list of counsellors, for every staff member (to ask one for a session). */
	@GetMapping("/counsellors")
	List<CounsellorView> counsellors(Actor actor) {
		return this.counselling.counsellors(actor);
	}

	/** The talent lead adds someone who works here. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/counsellors")
	List<CounsellorView> addCounsellor(Actor actor, @Valid @RequestBody CounsellorRequest request) {
		this.counselling.addCounsellor(actor, PersonId.ofNullable(request.personId()));
		return this.counselling.counsellors(actor);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/counsellors/{personId}")
	void removeCounsellor(Actor actor, @PathVariable UUID personId) {
		this.counselling.removeCounsellor(actor, PersonId.of(personId));
	}

	static ResponseEntity<String> calendarResponse(String ics, UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"counselling-" + id + ".ics\"")
			.body(ics);
	}

	static String baseUrl(String configured) {
		return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	/** Schema {@code CounsellingRequestBody}: {@code talentId} empty for oneself. */
	record SessionRequest(@Nullable UUID talentId, @NotNull UUID counsellorId,
			@NotNull @Size(max = CounsellingService.MAX_TOPIC) String topic,
			@Nullable @Size(max = CounsellingService.MAX_AGENDA) String agenda) {

	}

	/** Times in the organisation's time zone, without an offset; a place or a video link. */
	record ScheduleRequest(@NotNull LocalDateTime startsAt, @NotNull LocalDateTime endsAt,
			@Nullable @Size(max = CounsellingService.MAX_PLACE) String place,
			@Nullable @Size(max = CounsellingService.MAX_LINK) String videoLink, @NotNull Long version) {

	}

	record AgendaRequest(@Nullable @Size(max = CounsellingService.MAX_AGENDA) String agenda, @NotNull Long version) {

	}

	record NotesRequest(@Nullable @Size(max = CounsellingService.MAX_NOTES) String notes, @NotNull Long version) {

	}

	record CancelRequest(@NotNull @Size(max = CounsellingService.MAX_REASON) String reason, @NotNull Long version) {

	}

	record VersionRequest(@NotNull Long version) {

	}

	record FollowUpRequest(@NotNull @Size(max = CounsellingService.MAX_FOLLOW_UP) String what,
			@NotNull FollowUpOwner owner, @NotNull LocalDate dueOn) {

	}

	record CounsellorRequest(@NotNull UUID personId) {

	}

	record MySessionsResponse(List<SessionResponse> asTalent, List<SessionResponse> asCounsellor) {

	}

	record FollowUpResponse(UUID id, @Nullable String what, FollowUpOwner owner, LocalDate dueOn,
			@Nullable LocalDate doneOn, boolean overdue, boolean mayMarkDone) {

		static FollowUpResponse of(FollowUpView f) {
			return new FollowUpResponse(f.id(), f.what(), f.owner(), f.dueOn(), f.doneOn(), f.overdue(),
					f.mayMarkDone());
		}

	}

	/** A session; {@code notes} only on the session itself, never in lists. */
	record SessionResponse(UUID id, UUID talentId, @Nullable String talentName, @Nullable UUID counsellorId,
			@Nullable String counsellorName, String topic, @Nullable String agenda, SessionStatus status,
			@Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String place,
			@Nullable String videoLink, int sequence, @Nullable LocalDate heldOn, @Nullable String notes,
			@Nullable String cancelReason, @Nullable LocalDate cancelledOn, List<FollowUpResponse> followUps,
			int overdueFollowUps, long version, SessionView.Permissions may) {

		static SessionResponse of(SessionView v) {
			return new SessionResponse(v.id(), v.talentId(), v.talentName(), v.counsellorId(), v.counsellorName(),
					v.topic(), v.agenda(), v.status(), v.startsAt(), v.endsAt(), v.place(), v.videoLink(), v.sequence(),
					v.heldOn(), v.notes(), v.cancelReason(), v.cancelledOn(),
					v.followUps().stream().map(FollowUpResponse::of).toList(), v.overdueFollowUps(), v.version(),
					v.may());
		}

	}

}
