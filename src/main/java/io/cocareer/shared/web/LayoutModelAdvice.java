package io.cocareer.shared.web;

import io.cocareer.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model, for the navigation and the header. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	@ModelAttribute("me")
	Actor me() {
		return ActorArgumentResolver.currentActor();
	}

}
