package io.cocareer.tour.tracking.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.TourId;
import io.cocareer.shared.Versions;
import io.cocareer.tour.tracking.CheckInRequest;
import io.cocareer.tour.tracking.CheckInService;
import io.cocareer.tour.tracking.CheckInStatus;
import io.cocareer.tour.tracking.CheckInView;
import io.cocareer.tour.tracking.CheckInsView;
import io.cocareer.tour.tracking.CoachingService;
import io.cocareer.tour.tracking.CoachingSessionView;
import io.cocareer.tour.tracking.TourCalendar;
import io.cocareer.tour.tracking.WinAudience;
import io.cocareer.tour.tracking.WinRequest;
import io.cocareer.tour.tracking.WinService;
import io.cocareer.tour.tracking.WinView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Check-ins, coaching, the calendar and wins over JSON, with the rules of the pages: the tour's
 * check-ins and wins are a 404 for anyone outside it (the sponsor included); a coaching session
 * for anyone but its coach and the people of the tour; a win for anyone who may not see it.
 */
@RestController
@RequestMapping("/api/v1/tours")
class TourTrackingApiController {

	private final CheckInService checkIns;

	private final CoachingService coaching;

	private final WinService wins;

	private final TourCalendar calendar;

	/** Links in the calendar start with the configured address, never the request's Host header. */
	private final String baseUrl;

	TourTrackingApiController(CheckInService checkIns, CoachingService coaching, WinService wins,
			TourCalendar calendar, @Value("${cocareer.base-url}") String baseUrl) {
		this.checkIns = checkIns;
		this.coaching = coaching;
		this.wins = wins;
		this.calendar = calendar;
		this.baseUrl = baseUrl(baseUrl);
	}

	@GetMapping("/{id}/check-ins")
	CheckInsView checkIns(Actor actor, @PathVariable UUID id) {
		return this.checkIns.checkIns(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/check-ins")
	ResponseEntity<CheckInsView> checkIn(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody CheckInBody body) {
		UUID checkIn = this.checkIns.checkIn(actor, TourId.of(id), new CheckInRequest(body.heldOn(), body.progress(),
				body.status(), body.milestones(), body.note()));
		return ResponseEntity.created(URI.create("/api/v1/tours/" + id + "/check-ins/" + checkIn))
			.body(this.checkIns.checkIns(actor, id));
	}

	/** Writes the caller's own side's note: the other side completes a check-in this way. */
	@PutMapping("/{id}/check-ins/{checkInId}/note")
	CheckInsView writeNote(Actor actor, @PathVariable UUID id, @PathVariable UUID checkInId,
			@Valid @RequestBody NoteBody body) {
		this.checkIns.writeNote(actor, TourId.of(id), checkInId, body.note(), Versions.required(body.version()));
		return this.checkIns.checkIns(actor, id);
	}

	/** The upcoming check-ins and scheduled coaching as iCalendar. */
	@ApiResponse(responseCode = "200", description = "An iCalendar file (RFC 5545)",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	@GetMapping("/{id}/check-ins.ics")
	ResponseEntity<String> calendar(Actor actor, @PathVariable UUID id) {
		return calendarResponse(this.calendar.calendar(actor, id, this.baseUrl), id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/coaching")
	ResponseEntity<CoachingSessionView> askForCoaching(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody CoachingBody body) {
		UUID session = this.coaching.askForCoaching(actor, TourId.of(id), body.topic(), body.checkInId());
		return ResponseEntity.created(URI.create("/api/v1/tours/coaching/" + session))
			.body(this.coaching.coachingSession(actor, session));
	}

	/** The sessions the caller coaches or asked for. */
	@GetMapping("/coaching")
	List<CoachingSessionView> myCoaching(Actor actor) {
		return this.coaching.myCoaching(actor);
	}

	@GetMapping("/coaching/{sessionId}")
	CoachingSessionView coachingSession(Actor actor, @PathVariable UUID sessionId) {
		return this.coaching.coachingSession(actor, sessionId);
	}

	@PutMapping("/coaching/{sessionId}/schedule")
	CoachingSessionView scheduleCoaching(Actor actor, @PathVariable UUID sessionId,
			@Valid @RequestBody ScheduleBody body) {
		this.coaching.scheduleCoaching(actor, sessionId, body.coachEmployeeId(), body.scheduledAt(),
				Versions.required(body.version()));
		return this.coaching.coachingSession(actor, sessionId);
	}

	@PostMapping("/coaching/{sessionId}/done")
	CoachingSessionView completeCoaching(Actor actor, @PathVariable UUID sessionId,
			@Valid @RequestBody DoneBody body) {
		this.coaching.completeCoaching(actor, sessionId, body.notes(), Versions.required(body.version()));
		return this.coaching.coachingSession(actor, sessionId);
	}

	@GetMapping("/{id}/wins")
	List<WinView> tourWins(Actor actor, @PathVariable UUID id) {
		return this.wins.tourWins(actor, id);
	}

	/** The talent publishes to the audience they choose; the manager proposes a draft (audience ignored). */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/wins")
	ResponseEntity<WinView> writeWin(Actor actor, @PathVariable UUID id, @Valid @RequestBody WinBody body) {
		UUID win = this.wins.writeWin(actor, TourId.of(id),
				new WinRequest(body.title(), body.story(), body.wonOn(), body.audience()));
		return ResponseEntity.created(URI.create("/api/v1/tours/wins/" + win)).body(this.wins.win(actor, win));
	}

	/** The wins feed: the published wins the caller may see, newest first. */
	@GetMapping("/wins")
	PageResult<WinView> feed(Actor actor, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.wins.feed(actor, Paging.of(page, size));
	}

	@GetMapping("/wins/{winId}")
	WinView win(Actor actor, @PathVariable UUID winId) {
		return this.wins.win(actor, winId);
	}

	@PostMapping("/wins/{winId}/publish")
	WinView publishWin(Actor actor, @PathVariable UUID winId, @Valid @RequestBody PublishBody body) {
		this.wins.publishWin(actor, winId, body.audience(), Versions.required(body.version()));
		return this.wins.win(actor, winId);
	}

	@PostMapping("/wins/{winId}/endorsement")
	WinView endorseWin(Actor actor, @PathVariable UUID winId) {
		this.wins.endorseWin(actor, winId);
		return this.wins.win(actor, winId);
	}

	static ResponseEntity<String> calendarResponse(String ics, UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"tour-" + id + "-check-ins.ics\"")
			.body(ics);
	}

	static String baseUrl(String configured) {
		return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	record CheckInBody(@NotNull LocalDate heldOn, @NotNull @Min(0) @Max(100) Integer progress,
			@NotNull CheckInStatus status, @Size(max = 20) List<CheckInView.MilestoneView> milestones,
			@NotNull @Size(max = 4000) String note) {

	}

	record NoteBody(@NotNull @Size(max = 4000) String note, @Min(0) Long version) {

	}

	record CoachingBody(@NotNull @Size(max = 500) String topic, UUID checkInId) {

	}

	record ScheduleBody(@Size(max = 40) String coachEmployeeId, @NotNull LocalDateTime scheduledAt,
			@Min(0) Long version) {

	}

	record DoneBody(@Size(max = 4000) String notes, @Min(0) Long version) {

	}

	record WinBody(@NotNull @Size(max = 160) String title, @NotNull @Size(max = 4000) String story,
			@NotNull LocalDate wonOn, WinAudience audience) {

	}

	record PublishBody(@NotNull WinAudience audience, @Min(0) Long version) {

	}

}
