package io.cocareer.tour.lifecycle.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Versions;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourSummary;
import io.cocareer.tour.TourType;
import io.cocareer.tour.TourView;
import io.cocareer.tour.lifecycle.TourLifecycleService;
import io.cocareer.tour.lifecycle.TourPlan;

import org.springframework.http.HttpStatus;
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
 * Tours of duty over JSON, with the rules of the pages: a tour the caller is not part of is a 404;
 * proposing is for the talent lead and the talent's manager (403 otherwise); an illegal move, or
 * a share that takes the talent past 100 % of the week, is refused with the reason and numbers.
 */
@RestController
@RequestMapping("/api/v1/tours")
class TourApiController {

	private final TourService tours;

	private final TourLifecycleService lifecycle;

	TourApiController(TourService tours, TourLifecycleService lifecycle) {
		this.tours = tours;
		this.lifecycle = lifecycle;
	}

	@GetMapping
	List<TourSummary> list(Actor actor, @RequestParam(required = false) TourState state) {
		return this.tours.visibleTours(actor, state);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<TourView> propose(Actor actor, @Valid @RequestBody ProposeRequest request) {
		UUID id = this.lifecycle.propose(actor, request.plan());
		return ResponseEntity.created(URI.create("/api/v1/tours/" + id)).body(this.tours.get(actor, id));
	}

	@GetMapping("/{id}")
	TourView get(Actor actor, @PathVariable UUID id) {
		return this.tours.get(actor, id);
	}

	@PutMapping("/{id}/plan")
	TourView revisePlan(Actor actor, @PathVariable UUID id, @Valid @RequestBody PlanRequest request) {
		this.lifecycle.revisePlan(actor, id, new TourPlan(null, null, request.title(), null, request.startOn(),
				request.endOn(), request.timeShare(), request.checkInCadenceDays()), request.version());
		return this.tours.get(actor, id);
	}

	/**
	 * Moves made by hand: IN_CONVERSATION, IN_CLOSING_REVIEW (with a reason before the tour's end
	 * date: an early end), or ENDED_EARLY with a reason.
	 */
	@PostMapping("/{id}/state")
	TourView move(Actor actor, @PathVariable UUID id, @Valid @RequestBody MoveRequest request) {
		try {
			this.lifecycle.move(actor, id, request.state(), request.reason(), Versions.required(request.version()));
		}
		catch (io.cocareer.shared.InvalidInput ex) {
			if (!"earlyEndReason".equals(ex.field())) {
				throw ex;
			}
			// here the early end's reason is this request's "reason"
			throw new io.cocareer.shared.InvalidInput("reason", ex.code(), ex.getMessage(), ex.arguments());
		}
		return this.tours.get(actor, id);
	}

	record ProposeRequest(@NotNull UUID talentId, UUID workPackageId, @Size(max = 160) String title,
			TourType tourType, LocalDate startOn, LocalDate endOn, @Min(5) @Max(100) Integer timeShare,
			@Min(7) @Max(90) Integer checkInCadenceDays) {

		TourPlan plan() {
			return new TourPlan(this.talentId, this.workPackageId, this.title, this.tourType, this.startOn, this.endOn,
					this.timeShare, this.checkInCadenceDays);
		}

	}

	record PlanRequest(@NotNull @Size(max = 160) String title, @NotNull LocalDate startOn, @NotNull LocalDate endOn,
			@NotNull @Min(5) @Max(100) Integer timeShare, @Min(7) @Max(90) Integer checkInCadenceDays,
			@NotNull @Min(0) Long version) {

	}

	record MoveRequest(@NotNull TourState state, @Size(max = 1000) String reason, @Min(0) Long version) {

	}

}
