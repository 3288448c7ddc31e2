package io.cocareer.tour.agreement.web;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.shared.Actor;
import io.cocareer.shared.TourId;
import io.cocareer.shared.web.ApiProblem;
import io.cocareer.tour.agreement.MissionConflict;
import io.cocareer.tour.agreement.MissionDiff;
import io.cocareer.tour.agreement.MissionService;
import io.cocareer.tour.agreement.MissionText;
import io.cocareer.tour.agreement.MissionView;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tour's mission conversation over JSON. A revision saved on an old base is refused with 409
 * {@code tour.mission.conflict}, carrying the latest revision and what changed since the base.
 */
@RestController
@RequestMapping("/api/v1/tours/{id}/mission")
class MissionApiController {

	private final MissionService missions;

	private final MessageSource messages;

	MissionApiController(MissionService missions, MessageSource messages) {
		this.missions = missions;
		this.messages = messages;
	}

	@GetMapping
	MissionView get(Actor actor, @PathVariable UUID id) {
		return this.missions.get(actor, TourId.of(id));
	}

	/** Saves the next revision; {@code baseRevision} is the revision the text was written on (0: none). */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/revisions")
	ResponseEntity<MissionView> revise(Actor actor, @PathVariable UUID id, @Valid @RequestBody RevisionRequest request) {
		this.missions.revise(actor, TourId.of(id), new MissionText(request.objective(), request.companyGains(),
				request.talentGains(), request.successMeasures()), request.baseRevision());
		return ResponseEntity.created(URI.create("/api/v1/tours/" + id + "/mission"))
			.body(this.missions.get(actor, TourId.of(id)));
	}

	/** What changed from one revision to another ({@code from=0}: from nothing; default: the one before). */
	@GetMapping("/diff")
	MissionDiff diff(Actor actor, @PathVariable UUID id, @RequestParam(required = false) @Min(0) Integer from,
			@RequestParam @Min(1) int to) {
		return this.missions.diff(actor, id, (from != null) ? from : to - 1, to);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/comments")
	ResponseEntity<MissionView.Comment> comment(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody CommentRequest request) {
		MissionView.Comment comment = this.missions.comment(actor, TourId.of(id), request.body(), request.revisionNo());
		return ResponseEntity.created(URI.create("/api/v1/tours/" + id + "/mission")).body(comment);
	}

	@ExceptionHandler(MissionConflict.class)
	ResponseEntity<ProblemDetail> conflict(MissionConflict ex) {
		String detail = this.messages.getMessage(ex.code(), ex.arguments(), ex.getMessage(), Locale.ENGLISH);
		return ApiProblem.of(HttpStatus.CONFLICT, ex.code(), detail)
			.property("latestRevision", ex.latest().revisionNo())
			.property("latest", ex.latest())
			.property("diff", ex.changes())
			.response();
	}

	/** The other side's part may be left out (or empty) for them to write. */
	record RevisionRequest(@NotNull @Size(max = 4000) String objective, @Size(max = 4000) String companyGains,
			@Size(max = 4000) String talentGains, @Size(max = 4000) String successMeasures,
			@NotNull @Min(0) Integer baseRevision) {

	}

	record CommentRequest(@NotNull @Size(max = 2000) String body, @Min(1) Integer revisionNo) {

	}

}
