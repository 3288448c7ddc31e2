package io.cocareer.tour.review.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.shared.Actor;
import io.cocareer.shared.TourId;
import io.cocareer.shared.Versions;
import io.cocareer.tour.review.ClosingReviewService;
import io.cocareer.tour.review.ClosingReviewView;
import io.cocareer.tour.review.CompanyAssessment;
import io.cocareer.tour.review.NextStep;
import io.cocareer.tour.review.TalentReflection;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tour's closing review over JSON, with the rules of the page: 404 for anyone not part of the
 * tour; the talent writes their section, the manager or lead the company's (403 otherwise); each
 * section carries its own version (409 when stale); completing without what it needs is a 400
 * naming the field, and completes the tour otherwise.
 */
@RestController
@RequestMapping("/api/v1/tours/{id}/closing-review")
class ClosingReviewApiController {

	private final ClosingReviewService reviews;

	ClosingReviewApiController(ClosingReviewService reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	ClosingReviewView get(Actor actor, @PathVariable UUID id) {
		return this.reviews.get(actor, TourId.of(id));
	}

	/**
	 * Starts the closing review of an active tour (as the move IN_CLOSING_REVIEW does). Before the
	 * tour's end date it is an early end: without {@code earlyEndReason} a 400 naming that field.
	 */
	@PostMapping("/start")
	ClosingReviewView start(Actor actor, @PathVariable UUID id, @Valid @RequestBody(required = false) StartRequest request) {
		this.reviews.start(actor, TourId.of(id), (request != null) ? request.earlyEndReason() : null,
				Versions.required((request != null) ? request.version() : null));
		return this.reviews.get(actor, TourId.of(id));
	}

	@PutMapping("/talent")
	ClosingReviewView reflect(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReflectionRequest request) {
		this.reviews.reflect(actor, TourId.of(id), new TalentReflection(request.talentResults(), request.gainedSkills(),
				request.gainedKnowledge(), request.gainedNetwork(), request.gainedReputation()), request.version());
		return this.reviews.get(actor, TourId.of(id));
	}

	@PutMapping("/company")
	ClosingReviewView assess(Actor actor, @PathVariable UUID id, @Valid @RequestBody AssessmentRequest request) {
		this.reviews.assess(actor, TourId.of(id),
				new CompanyAssessment(request.companyResults(), request.nextStep(), request.nextStepNote()),
				request.version());
		return this.reviews.get(actor, TourId.of(id));
	}

	@PostMapping("/complete")
	ClosingReviewView complete(Actor actor, @PathVariable UUID id) {
		this.reviews.complete(actor, TourId.of(id));
		return this.reviews.get(actor, TourId.of(id));
	}

	record StartRequest(@Size(max = 1000) String earlyEndReason, @Min(0) Long version) {

	}

	record ReflectionRequest(@Size(max = 4000) String talentResults, @Size(max = 2000) String gainedSkills,
			@Size(max = 2000) String gainedKnowledge, @Size(max = 2000) String gainedNetwork,
			@Size(max = 2000) String gainedReputation, @NotNull @Min(0) Integer version) {

	}

	record AssessmentRequest(@Size(max = 4000) String companyResults, NextStep nextStep,
			@Size(max = 2000) String nextStepNote, @NotNull @Min(0) Integer version) {

	}

}
