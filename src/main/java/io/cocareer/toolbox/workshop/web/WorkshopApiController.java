package io.cocareer.toolbox.workshop.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.toolbox.workshop.AddMaterial;
import io.cocareer.toolbox.workshop.Attendance;
import io.cocareer.toolbox.workshop.Audience;
import io.cocareer.toolbox.workshop.FeedbackSummary;
import io.cocareer.toolbox.workshop.ManagedWorkshop;
import io.cocareer.toolbox.workshop.MaterialView;
import io.cocareer.toolbox.workshop.SaveWorkshop;
import io.cocareer.toolbox.workshop.SeatStatus;
import io.cocareer.toolbox.workshop.WorkshopService;
import io.cocareer.toolbox.workshop.WorkshopStatus;
import io.cocareer.toolbox.workshop.WorkshopView;

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
 * Career planning workshops over JSON: the list, a workshop, creating and changing one, enrolment
 * and the waiting list, cancelling, attendance, materials, feedback and the iCalendar invite, with
 * the rules of the pages. A workshop the caller may not see does not exist (404); who is enrolled
 * and waiting, attendance and the feedback summary are the facilitator's and the talent lead's.
 * Its schemas are {@code Workshop…}.
 */
@RestController
@RequestMapping("/api/v1/toolbox/workshops")
class WorkshopApiController {

	private final WorkshopService workshops;

	private final String baseUrl;

	/** Links in the invite start with the configured address, never the request's Host header. */
	WorkshopApiController(WorkshopService workshops, @Value("${cocareer.base-url}") String baseUrl) {
		this.workshops = workshops;
		this.baseUrl = WorkshopController.baseUrl(baseUrl);
	}

	/** Every workshop the caller sees, by start: to come, held and cancelled. */
	@GetMapping
	List<WorkshopResponse> list(Actor actor) {
		return this.workshops.list(actor).stream().map(WorkshopResponse::of).toList();
	}

	/** Creates one (the talent lead). */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<WorkshopResponse> create(Actor actor, @Valid @RequestBody SaveRequest request) {
		UUID id = this.workshops.create(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/toolbox/workshops/" + id)).body(get(actor, id));
	}

	@GetMapping("/{id}")
	WorkshopResponse get(Actor actor, @PathVariable UUID id) {
		return WorkshopResponse.of(this.workshops.get(actor, id));
	}

	/**
	 * Changes it until it starts (the facilitator, the talent lead); a capacity below the number
	 * enrolled is refused (409 {@code toolbox.workshop.rule.capacityBelowEnrolled}), a raise moves
	 * the waiting list up. The version read is required.
	 */
	@PutMapping("/{id}")
	WorkshopResponse update(Actor actor, @PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
		this.workshops.update(actor, id, request.save().toCommand(), Versions.required(request.version()));
		return get(actor, id);
	}

	/** Calls it off before it starts; everyone enrolled and waiting is told. */
	@PostMapping("/{id}/cancel")
	WorkshopResponse cancel(Actor actor, @PathVariable UUID id) {
		this.workshops.cancel(actor, id);
		return get(actor, id);
	}

	/**
	 * Enrols the caller (no {@code personId}, or their own), or someone of the audience (the
	 * facilitator, the talent lead); when it is full the person is put on the waiting list.
	 */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/enrolments")
	EnrolmentResponse enrol(Actor actor, @PathVariable UUID id, @Valid @RequestBody EnrolRequest request) {
		if (request.personId() == null || actor.isPerson(PersonId.of(request.personId()))) {
			SeatStatus status = this.workshops.enrol(actor, id);
			WorkshopView after = this.workshops.get(actor, id);
			return new EnrolmentResponse(actor.personId().value(), status, after.myPosition());
		}
		SeatStatus status = this.workshops.enrol(actor, id, PersonId.of(request.personId()));
		Integer position = this.workshops.manage(actor, id)
			.waiting()
			.stream()
			.filter((p) -> p.personId().equals(request.personId()))
			.map(ManagedWorkshop.Participant::position)
			.findFirst()
			.orElse(null);
		return new EnrolmentResponse(request.personId(), status, position);
	}

	/** The person gives up their seat or place in line (themselves, or by the facilitator or lead). */
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}/enrolments/{personId}")
	void leave(Actor actor, @PathVariable UUID id, @PathVariable UUID personId) {
		this.workshops.remove(actor, id, PersonId.of(personId));
	}

	/** Who is enrolled (with attendance), the waiting list in order and the feedback summary. */
	@GetMapping("/{id}/management")
	ManagementResponse management(Actor actor, @PathVariable UUID id) {
		return ManagementResponse.of(this.workshops.manage(actor, id));
	}

	/** Records whether an enrolled person came, from the start on. */
	@PutMapping("/{id}/attendance/{personId}")
	ManagementResponse attendance(Actor actor, @PathVariable UUID id, @PathVariable UUID personId,
			@Valid @RequestBody AttendanceRequest request) {
		this.workshops.recordAttendance(actor, id, PersonId.of(personId), request.attendance());
		return management(actor, id);
	}

	/** Shares a link or a text with the enrolled. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/materials")
	WorkshopResponse addMaterial(Actor actor, @PathVariable UUID id, @Valid @RequestBody MaterialRequest request) {
		this.workshops.addMaterial(actor, id, new AddMaterial(request.title(), request.link(), request.body()));
		return get(actor, id);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}/materials/{materialId}")
	void removeMaterial(Actor actor, @PathVariable UUID id, @PathVariable UUID materialId) {
		this.workshops.removeMaterial(actor, id, materialId);
	}

	/** An attendee's rating (1 to 5) and optional comment; given again, it replaces the first. */
	@PutMapping("/{id}/feedback")
	WorkshopResponse giveFeedback(Actor actor, @PathVariable UUID id, @Valid @RequestBody FeedbackRequest request) {
		this.workshops.giveFeedback(actor, id, request.rating(), request.comment());
		return get(actor, id);
	}

	/** The feedback summary: an average and unnamed comments once at least three attendees answered. */
	@GetMapping("/{id}/feedback")
	FeedbackResponse feedback(Actor actor, @PathVariable UUID id) {
		return FeedbackResponse.of(this.workshops.manage(actor, id).feedback());
	}

	/** The workshop as an iCalendar invite, for the enrolled and those who manage it. */
	@ApiResponse(responseCode = "200", description = "An iCalendar file (RFC 5545)",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	@GetMapping("/{id}/invite.ics")
	ResponseEntity<String> invite(Actor actor, @PathVariable UUID id) {
		return calendarResponse(this.workshops.calendar(actor, id, this.baseUrl), id);
	}

	static ResponseEntity<String> calendarResponse(String ics, UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"workshop-" + id + ".ics\"")
			.body(ics);
	}

	/**
	 * Schema {@code WorkshopSaveRequest}: a place or a video link (or both); {@code startsAt} in the
	 * future, with its offset.
	 */
	record SaveRequest(@Nullable @Size(max = WorkshopService.MAX_TITLE) String title,
			@Nullable @Size(max = WorkshopService.MAX_DESCRIPTION) String description, @Nullable UUID facilitatorId,
			@Nullable OffsetDateTime startsAt, @Nullable Integer durationMinutes,
			@Nullable @Size(max = WorkshopService.MAX_PLACE) String place,
			@Nullable @Size(max = WorkshopService.MAX_LINK) String videoLink, @Nullable Integer capacity,
			@Nullable Audience audience) {

		SaveWorkshop toCommand() {
			Instant start = (this.startsAt != null) ? this.startsAt.toInstant() : null;
			return new SaveWorkshop(this.title, this.description, PersonId.ofNullable(this.facilitatorId), start,
					this.durationMinutes, this.place, this.videoLink, this.capacity, this.audience);
		}

	}

	/** Schema {@code WorkshopUpdateRequest}: the workshop as saved, and the version read. */
	record UpdateRequest(@Nullable @Size(max = WorkshopService.MAX_TITLE) String title,
			@Nullable @Size(max = WorkshopService.MAX_DESCRIPTION) String description, @Nullable UUID facilitatorId,
			@Nullable OffsetDateTime startsAt, @Nullable Integer durationMinutes,
			@Nullable @Size(max = WorkshopService.MAX_PLACE) String place,
			@Nullable @Size(max = WorkshopService.MAX_LINK) String videoLink, @Nullable Integer capacity,
			@Nullable Audience audience, @NotNull Long version) {

		SaveRequest save() {
			return new SaveRequest(this.title, this.description, this.facilitatorId, this.startsAt,
					this.durationMinutes, this.place, this.videoLink, this.capacity, this.audience);
		}

	}

	/** Schema {@code WorkshopEnrolRequest}: whom to enrol; none for oneself. */
	record EnrolRequest(@Nullable UUID personId) {

	}

	/** Schema {@code WorkshopAttendanceRequest}. */
	record AttendanceRequest(@NotNull Attendance attendance) {

	}

	/** Schema {@code WorkshopMaterialRequest}: a title and a link or a text. */
	record MaterialRequest(@Nullable @Size(max = WorkshopService.MAX_TITLE) String title,
			@Nullable @Size(max = WorkshopService.MAX_LINK) String link,
			@Nullable @Size(max = WorkshopService.MAX_DESCRIPTION) String body) {

	}

	/** Schema {@code WorkshopFeedbackRequest}: a rating from 1 to 5 and an optional comment. */
	record FeedbackRequest(@Nullable Integer rating,
			@Nullable @Size(max = WorkshopService.MAX_COMMENT) String comment) {

	}

	/**
	 * Schema {@code WorkshopEnrolmentResponse}: the place the person got, and their place in line
	 * while they wait.
	 */
	record EnrolmentResponse(UUID personId, SeatStatus status, @Nullable Integer position) {

	}

	/** Schema {@code WorkshopMaterialResponse}. */
	record MaterialResponse(UUID id, String title, @Nullable String link, @Nullable String body, Instant addedAt) {

		static MaterialResponse of(MaterialView m) {
			return new MaterialResponse(m.id(), m.title(), m.link(), m.body(), m.addedAt());
		}

	}

	/**
	 * Schema {@code WorkshopResponse}: the caller's own place ({@code mySeat}, {@code myPosition}
	 * in line from 1) and what they may do; materials only for the enrolled and those who manage it.
	 */
	record WorkshopResponse(UUID id, String title, @Nullable String description, @Nullable UUID facilitatorId,
			@Nullable String facilitatorName, OffsetDateTime startsAt, OffsetDateTime endsAt, int durationMinutes,
			@Nullable String place, @Nullable String videoLink, int capacity, Audience audience, WorkshopStatus status,
			boolean upcoming, long enrolled, long waiting, long freeSeats, @Nullable SeatStatus mySeat,
			@Nullable Integer myPosition, @Nullable Attendance myAttendance, @Nullable Integer myRating,
			@Nullable String myComment, List<MaterialResponse> materials, long version, boolean mayEnrol,
			boolean mayLeave, boolean mayManage, boolean mayEdit, boolean mayGiveFeedback) {

		static WorkshopResponse of(WorkshopView v) {
			return new WorkshopResponse(v.id(), v.title(), v.description(), v.facilitatorId(), v.facilitatorName(),
					v.startsAt(), v.endsAt(), v.durationMinutes(), v.place(), v.videoLink(), v.capacity(), v.audience(),
					v.status(), v.upcoming(), v.enrolled(), v.waiting(), v.freeSeats(), v.mySeat(), v.myPosition(),
					v.myAttendance(), v.myRating(), v.myComment(),
					v.materials().stream().map(MaterialResponse::of).toList(), v.version(), v.mayEnrol(), v.mayLeave(),
					v.mayManage(), v.mayEdit(), v.mayGiveFeedback());
		}

	}

	/** Schema {@code WorkshopParticipantResponse}: {@code position} is the place in line for the waiting. */
	record ParticipantResponse(UUID personId, @Nullable String name, int position, @Nullable Attendance attendance) {

		static ParticipantResponse of(ManagedWorkshop.Participant p) {
			return new ParticipantResponse(p.personId(), p.name(), p.position(), p.attendance());
		}

	}

	/**
	 * Schema {@code WorkshopFeedbackResponse}: {@code average} and {@code comments} only once
	 * {@code minimum} attendees answered ({@code shown}); never who said what.
	 */
	record FeedbackResponse(int answers, int minimum, boolean shown, @Nullable Double average,
			List<String> comments) {

		static FeedbackResponse of(FeedbackSummary s) {
			return new FeedbackResponse(s.answers(), s.minimum(), s.shown(), s.average(), s.comments());
		}

	}

	/** Schema {@code WorkshopManagementResponse}: the enrolled, the waiting list in order, the feedback. */
	record ManagementResponse(WorkshopResponse workshop, List<ParticipantResponse> enrolled,
			List<ParticipantResponse> waiting, FeedbackResponse feedback, boolean mayRecordAttendance) {

		static ManagementResponse of(ManagedWorkshop m) {
			return new ManagementResponse(WorkshopResponse.of(m.workshop()),
					m.enrolled().stream().map(ParticipantResponse::of).toList(),
					m.waiting().stream().map(ParticipantResponse::of).toList(), FeedbackResponse.of(m.feedback()),
					m.mayRecordAttendance());
		}

	}

}
