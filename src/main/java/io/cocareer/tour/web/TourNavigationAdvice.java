package io.cocareer.tour.web;

import io.cocareer.shared.ActorHolder;
import io.cocareer.tour.TourService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of the tours area (and its nested modules) what the tours' navigation
 * ({@code tours/fragments :: subnav}) may offer, as the tour's access policy says: the template
 * checks no role.
 */
@ControllerAdvice(basePackages = "io.cocareer.tour")
class TourNavigationAdvice {

	private final TourService tours;

	TourNavigationAdvice(TourService tours) {
		this.tours = tours;
	}

	@ModelAttribute("maySeeToursOverview")
	boolean maySeeToursOverview() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ActorHolder holder
				&& this.tours.maySeeOverview(holder.actor());
	}

}
