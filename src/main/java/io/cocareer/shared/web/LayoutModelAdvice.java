package io.cocareer.shared.web;

import io.cocareer.shared.Actor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and the navigation into every page's model, for the header. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final ObjectProvider<NavigationContributor> navigation;

	LayoutModelAdvice(ObjectProvider<NavigationContributor> navigation) {
		this.navigation = navigation;
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

}
