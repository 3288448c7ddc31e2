package io.cocareer.talent.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A hand-made form post that no page produces (a list index like {@code values[99999]}) fails
 * while binding: that is a bad request, not a server error. For the page controllers of every
 * part of the talent module ({@link TalentPage}), not for its API.
 */
@ControllerAdvice(assignableTypes = TalentPage.class)
class TalentFormAdvice {

	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView unusableForm(InvalidPropertyException ex) {
		ModelAndView view = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		view.addObject("code", "talent.form.unusable");
		view.addObject("arguments", new Object[0]);
		return view;
	}

}
