package io.cocareer.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.cocareer.shared.Actor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user and the navigation into every page's model, for the header, and the
 * guidance the page carries out ({@link PageGuidanceContributor}), for the aside beside it.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final ObjectProvider<NavigationContributor> navigation;

	private final ObjectProvider<PageGuidanceContributor> guidance;

	LayoutModelAdvice(ObjectProvider<NavigationContributor> navigation, ObjectProvider<PageGuidanceContributor> guidance) {
		this.navigation = navigation;
		this.guidance = guidance;
	}

	@ModelAttribute("me")
	Actor me() {
		return ActorArgumentResolver.currentActor();
	}

	@ModelAttribute("navigation")
	Navigation navigation() {
		Actor reader = ActorArgumentResolver.currentActor();
		return (reader != null) ? new Navigation(this.navigation, reader) : null;
	}

	/** The guidance asides of the page a signed-in reader GETs; none for a form's post or the API. */
	@ModelAttribute("pageGuidance")
	List<PageSection> pageGuidance(HttpServletRequest request) {
		Actor reader = ActorArgumentResolver.currentActor();
		if (reader == null || !"GET".equals(request.getMethod())) {
			return List.of();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			return List.of();
		}
		return this.guidance.orderedStream()
			.flatMap((contributor) -> contributor.guidance(path, reader).stream())
			.toList();
	}

}
