package io.cocareer.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders domain errors of page controllers as friendly pages with the right status. Never
 * shows a stack trace; unexpected errors fall through to Spring Boot's error page
 * ({@code templates/error/error.html}).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(HtmlExceptionHandler.class);

	private final LayoutModelAdvice layout;

	HtmlExceptionHandler(LayoutModelAdvice layout) {
		this.layout = layout;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page("error/404", HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badPathValue(MethodArgumentTypeMismatchException ex) {
		// a malformed id in a URL is a page that does not exist, not a server error
		ModelAndView view = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		view.addObject("code", "shared.notFound");
		view.addObject("arguments", new Object[0]);
		return withLayout(view);
	}

	@ExceptionHandler(PermissionDenied.class)
	ModelAndView denied(PermissionDenied ex) {
		return page("error/403", HttpStatus.FORBIDDEN, ex);
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	ModelAndView conflict(BusinessRuleViolation ex) {
		return page("error/409", HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(InvalidInput.class)
	ModelAndView invalid(InvalidInput ex) {
		return page("error/400", HttpStatus.BAD_REQUEST, ex);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView stale(OptimisticLockingFailureException ex) {
		log.info("Stale write refused: {}", ex.getMessage());
		ModelAndView view = new ModelAndView("error/409", HttpStatus.CONFLICT);
		view.addObject("code", "shared.conflict.stale");
		view.addObject("arguments", new Object[0]);
		return withLayout(view);
	}

	private ModelAndView page(String template, HttpStatus status, DomainException ex) {
		ModelAndView view = new ModelAndView(template, status);
		view.addObject("code", ex.code());
		view.addObject("arguments", ex.arguments());
		view.addObject("detail", ex.getMessage());
		return withLayout(view);
	}

	/** Exception views do not get the @ModelAttributes of LayoutModelAdvice: the header needs them. */
	private ModelAndView withLayout(ModelAndView view) {
		view.addObject("me", this.layout.me());
		view.addObject("navigation", this.layout.navigation());
		return view;
	}

}
