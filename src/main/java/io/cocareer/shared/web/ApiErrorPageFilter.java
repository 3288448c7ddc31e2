package io.cocareer.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the error dispatch of an {@code /api/**} request as problem+json with a {@code code}.
 * <p>
 * {@link ApiExceptionHandler} only sees exceptions of {@code @RestController}s. An unknown path
 * (404), a wrong method (405) or content type (415) is refused before any controller is
 * chosen, so Spring Boot's error controller would answer it with its own JSON shape. This filter
 * runs on that error dispatch and keeps the API's answers uniform; pages are left alone.
 */
class ApiErrorPageFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return !(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (response.isCommitted()) {
			return;
		}
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (attribute instanceof Integer code) ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		HttpStatus httpStatus = HttpStatus.resolve(status);
		String code = (status >= 500) ? "shared.error.unexpected" : "shared.request." + status;
		String detail = (status >= 500) ? "Something went wrong on our side. It has been logged."
				: switch (status) {
					case 404 -> "There is no such resource in this API.";
					case 405 -> "This resource does not accept this HTTP method.";
					case 406 -> "This resource cannot answer in the requested media type.";
					case 415 -> "This resource does not accept this content type.";
					default -> ((httpStatus != null) ? httpStatus.getReasonPhrase() : "Error") + ".";
				};
		ApiProblem.of(status, code, detail).writeTo(response);
	}

}
