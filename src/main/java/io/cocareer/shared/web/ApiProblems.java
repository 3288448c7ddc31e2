package io.cocareer.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Problem+json written by hand, where no controller (and no message converter) is involved. */
final class ApiProblems {

	private ApiProblems() {
	}

	static boolean isApi(String requestUri, String contextPath) {
		return requestUri != null && requestUri.startsWith(contextPath + "/api/");
	}

	static void write(HttpServletResponse response, int status, String code, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json(status, code, detail));
	}

	static String json(int status, String code, String detail) {
		HttpStatus httpStatus = HttpStatus.resolve(status);
		String title = (httpStatus != null) ? httpStatus.getReasonPhrase() : "Error";
		return """
				{"type":"urn:cocareer:problem:%s","title":"%s","status":%d,"detail":"%s","code":"%s"}"""
			.formatted(code, title, status, detail.replace("\"", "'"), code);
	}

}
