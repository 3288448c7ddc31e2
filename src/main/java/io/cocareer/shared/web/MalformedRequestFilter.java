package io.cocareer.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query string or form body cannot be read ({@code ?=1},
 * {@code ?q=%ZZ}) with a 400 before anything else reads a parameter. Tomcat parses parameters
 * lazily and throws from the first {@code getParameter} call, wherever that is (a security
 * filter, an argument resolver), which used to end as a 500 with a stack trace in the log.
 * The API answers problem+json; pages get the application's 400 page.
 */
class MalformedRequestFilter extends OncePerRequestFilter {

	static final String CODE = "shared.request.malformed";

	private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			log.debug("Refused a request with a malformed query string or form: {}", ex.getMessage());
			if (ApiProblem.isApi(request.getRequestURI(), request.getContextPath())) {
				ApiProblem.of(HttpServletResponse.SC_BAD_REQUEST, CODE, "The query string or form of this request is malformed.")
					.writeTo(response);
			}
			else {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
