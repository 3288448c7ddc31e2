package io.cocareer.tour.overview.web;

import io.cocareer.shared.Actor;
import io.cocareer.tour.overview.TourOverviewService;
import io.cocareer.tour.TourState;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The talent lead's overview of all tours. */
@Controller
@RequestMapping("/tours/overview")
class TourOverviewController {

	private final TourOverviewService overview;

	TourOverviewController(TourOverviewService overview) {
		this.overview = overview;
	}

	@GetMapping
	String overview(Actor actor, Model model) {
		model.addAttribute("overview", this.overview.overview(actor));
		model.addAttribute("states", TourState.values());
		return "tours/overview/overview";
	}

}
