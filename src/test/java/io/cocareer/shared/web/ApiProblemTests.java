package io.cocareer.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The exception handlers' path and the filters' path answer the same problem the same way. */
class ApiProblemTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aHandlerAndAFilterAnswerTheSameBodyAndHeaders() throws Exception {
		ApiProblem problem = ApiProblem.of(401, "identity.unauthenticated", "Sign in with \"Basic\".")
			.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"CoCareer\"")
			.property("errors", List.of(Map.of("field", "name", "code", "x", "message", "bad")));

		ResponseEntity<ProblemDetail> handled = problem.response();
		MockHttpOutputMessage converted = new MockHttpOutputMessage();
		new JacksonJsonHttpMessageConverter().write(handled.getBody(), MediaType.APPLICATION_PROBLEM_JSON, converted);
		MockHttpServletResponse written = new MockHttpServletResponse();
		problem.writeTo(written);

		Map<String, Object> body = read(written.getContentAsString());
		assertThat(read(converted.getBodyAsString())).isEqualTo(body);
		assertThat(body).containsEntry("type", "urn:cocareer:problem:identity.unauthenticated")
			.containsEntry("title", "Unauthorized")
			.containsEntry("status", 401)
			.containsEntry("detail", "Sign in with \"Basic\".")
			.containsEntry("code", "identity.unauthenticated")
			.containsKey("errors")
			.doesNotContainKey("instance");
		assertThat(written.getStatus()).isEqualTo(handled.getStatusCode().value());
		assertThat(written.getContentType()).startsWith(ApiProblem.CONTENT_TYPE);
		assertThat(written.getCharacterEncoding()).isEqualTo("UTF-8");
		assertThat(handled.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(written.getHeader(HttpHeaders.WWW_AUTHENTICATE))
			.isEqualTo(handled.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
			.isEqualTo("Basic realm=\"CoCareer\"");
	}

	@Test
	void theMembersComeInTheOrderTheApiHasAlwaysWrittenThem() {
		String json = ApiProblem.of(404, "shared.request.404", "There is no such resource in this API.").json();

		assertThat(json).isEqualTo("""
				{"type":"urn:cocareer:problem:shared.request.404","title":"Not Found","status":404,\
				"detail":"There is no such resource in this API.","code":"shared.request.404"}""");
	}

	@Test
	void aTitleAndAnInstanceMayBeGiven() throws Exception {
		ApiProblem problem = ApiProblem.of(400, "shared.validation.failed", "The request has invalid fields.")
			.title("Invalid request")
			.instance(URI.create("/api/v1/people"));

		Map<String, Object> body = read(problem.json());
		MockHttpOutputMessage converted = new MockHttpOutputMessage();
		new JacksonJsonHttpMessageConverter().write(problem.toProblemDetail(), MediaType.APPLICATION_PROBLEM_JSON,
				converted);

		assertThat(body).containsEntry("title", "Invalid request").containsEntry("instance", "/api/v1/people");
		assertThat(read(converted.getBodyAsString())).isEqualTo(body);
	}

	@Test
	void anUnknownStatusIsTitledError() {
		assertThat(ApiProblem.of(599, "shared.error.unexpected", "Odd.").json()).contains("\"title\":\"Error\"");
	}

	@Test
	void onlyTheApisAddressesAnswerProblems() {
		assertThat(ApiProblem.isApi("/api/v1/people", "")).isTrue();
		assertThat(ApiProblem.isApi("/app/api/v1/people", "/app")).isTrue();
		assertThat(ApiProblem.isApi("/people", "")).isFalse();
		assertThat(ApiProblem.isApi(null, "")).isFalse();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(String json) {
		return JSON.readValue(json, Map.class);
	}

}
