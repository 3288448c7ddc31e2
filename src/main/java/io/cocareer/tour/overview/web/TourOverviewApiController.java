package io.cocareer.tour.overview.web;

import io.cocareer.shared.Actor;
import io.cocareer.tour.overview.TourOverviewService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The talent lead's overview of all tours over JSON (403 for anyone else). */
@RestController
@RequestMapping("/api/v1/tours/overview")
class TourOverviewApiController {

	private final TourOverviewService overview;

	TourOverviewApiController(TourOverviewService overview) {
		this.overview = overview;
	}

	@GetMapping
	TourOverviewService.TourOverview overview(Actor actor) {
		return this.overview.overview(actor);
	}

}
