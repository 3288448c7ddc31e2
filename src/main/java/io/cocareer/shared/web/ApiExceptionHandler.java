package io.cocareer.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;

import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of a {@code @RestController} as RFC 9457 problem+json with a stable
 * {@code code}. Runs before {@link HtmlExceptionHandler} because a {@code @RestController} is
 * also a {@code @Controller}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex, null);
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	ResponseEntity<Object> conflict(BusinessRuleViolation ex) {
		return problem(HttpStatus.CONFLICT, ex, null);
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<Object> invalid(InvalidInput ex) {
		return problem(HttpStatus.BAD_REQUEST, ex, ex.field());
	}

	@ExceptionHandler(PermissionDenied.class)
	ResponseEntity<Object> denied(PermissionDenied ex) {
		return problem(HttpStatus.FORBIDDEN, ex, null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
		return body(HttpStatus.FORBIDDEN, "shared.denied", "You may not do this.", null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> staleWrite(OptimisticLockingFailureException ex) {
		return body(HttpStatus.CONFLICT, "shared.conflict.stale",
				"Someone else changed this in the meantime; reload and try again.", null);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex) {
		log.info("Refused a write that breaks a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return body(HttpStatus.CONFLICT, "shared.conflict.constraint",
				"This conflicts with data that already exists.", null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected error answering an API request", ex);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, "shared.error.unexpected",
				"Something went wrong on our side. It has been logged.", null);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(this::fieldError)
			.toList();
		return answer(invalidRequest("The request has invalid fields.").property("errors", errors));
	}

	/**
	 * A body that is not JSON stays a plain 400; a value of the wrong type or form (a fraction for
	 * a whole number, a number for a date, a year +999999999, a NUL in text) names its field, in
	 * the same words as a form would.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath().stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("");
			Class<?> type = mismatch.getTargetType();
			return invalidField(field, typeMismatchMessage(type));
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	/** A query parameter or path value of the wrong form, e.g. {@code ?page=lots}. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: ex.getPropertyName();
		return invalidField((field != null) ? field : "", typeMismatchMessage(ex.getRequiredType()));
	}

	private ResponseEntity<Object> invalidField(String field, String message) {
		return answer(invalidRequest("The request has invalid fields.")
			.property("errors", List.of(Map.of("field", field, "code", "typeMismatch", "message", message))));
	}

	private String typeMismatchMessage(@Nullable Class<?> type) {
		Class<?> boxed = (type != null) ? ClassUtils.resolvePrimitiveIfNecessary(type) : null;
		String[] codes = (boxed != null) ? new String[] { "typeMismatch." + boxed.getName(), "typeMismatch" }
				: new String[] { "typeMismatch" };
		return this.messages.getMessage(new DefaultMessageSourceResolvable(codes, "has the wrong form"), Locale.ENGLISH);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(invalidRequest("The request has invalid parameters."));
	}

	/** Spring MVC's own problems (unreadable body, bad parameter type, wrong method …) get a code too. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
				problem.setProperty("code", "shared.request." + statusCode.value());
			}
			return ResponseEntity.status(response.getStatusCode())
				.headers(response.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return response;
	}

	private ResponseEntity<Object> problem(HttpStatus status, DomainException ex, @Nullable String field) {
		String detail = this.messages.getMessage(ex.code(), ex.arguments(), ex.getMessage(), Locale.ENGLISH);
		return body(status, ex.code(), detail, field);
	}

	private ResponseEntity<Object> body(HttpStatus status, String code, String detail, @Nullable String field) {
		ApiProblem problem = ApiProblem.of(status, code, detail);
		if (field != null) {
			problem.property("errors", List.of(Map.of("field", field, "code", code, "message", detail)));
		}
		return answer(problem);
	}

	private static ApiProblem invalidRequest(String detail) {
		return ApiProblem.of(HttpStatus.BAD_REQUEST, "shared.validation.failed", detail).title("Invalid request");
	}

	/** The handler methods of {@link ResponseEntityExceptionHandler} answer {@code ResponseEntity<Object>}. */
	private static ResponseEntity<Object> answer(ApiProblem problem) {
		ResponseEntity<ProblemDetail> response = problem.response();
		return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.getBody());
	}

	/** In the words of the message bundles where they have some (never Java's conversion message). */
	private Map<String, Object> fieldError(FieldError error) {
		String message = error.isBindingFailure()
				? this.messages.getMessage(new DefaultMessageSourceResolvable(error.getCodes(), "has the wrong form"),
						Locale.ENGLISH)
				: this.messages.getMessage(error, Locale.ENGLISH);
		return Map.of("field", error.getField(), "code", String.valueOf(error.getCode()), "message", message);
	}

}
