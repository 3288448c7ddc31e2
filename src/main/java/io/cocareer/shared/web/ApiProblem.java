package io.cocareer.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;

/**
 * One answer of the API to a problem, as RFC 9457 problem+json with a stable {@code code}: the
 * same body and headers whether an exception handler returns it ({@link #response()}) or a
 * filter, an entry point or Tomcat writes it before any controller runs ({@link #writeTo}).
 * <p>
 * The body: {@code type} {@code urn:cocareer:problem:<code>}, {@code title} (the status's reason
 * phrase unless given), {@code status}, {@code detail}, {@code instance} when given, {@code code},
 * then the extra properties in the order they were added.
 */
public final class ApiProblem {

	/** The content type of every problem the API answers. */
	public static final String CONTENT_TYPE = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final String TYPE_PREFIX = "urn:cocareer:problem:";

	// plain values only (texts, numbers, lists and maps of them): no application settings needed
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int status;

	private final String code;

	private final String detail;

	private String title;

	@Nullable
	private URI instance;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private final HttpHeaders headers = new HttpHeaders();

	private ApiProblem(int status, String code, String detail) {
		this.status = status;
		this.code = code;
		this.detail = detail;
		HttpStatus known = HttpStatus.resolve(status);
		this.title = (known != null) ? known.getReasonPhrase() : "Error";
	}

	public static ApiProblem of(HttpStatusCode status, String code, String detail) {
		return new ApiProblem(status.value(), code, detail);
	}

	public static ApiProblem of(int status, String code, String detail) {
		return new ApiProblem(status, code, detail);
	}

	/** Whether a request is the API's, which answers its problems this way (pages answer pages). */
	static boolean isApi(@Nullable String requestUri, String contextPath) {
		return requestUri != null && requestUri.startsWith(contextPath + "/api/");
	}

	/** A title other than the status's reason phrase. */
	public ApiProblem title(String title) {
		this.title = title;
		return this;
	}

	public ApiProblem instance(URI instance) {
		this.instance = instance;
		return this;
	}

	/** An extra member of the body, after {@code code}. */
	public ApiProblem property(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	public ApiProblem header(String name, String value) {
		this.headers.add(name, value);
		return this;
	}

	public int status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	/** For an exception handler: Spring MVC writes the body with its message converter. */
	public ResponseEntity<ProblemDetail> response() {
		return ResponseEntity.status(this.status)
			.headers(this.headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(toProblemDetail());
	}

	public ProblemDetail toProblemDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(this.status), this.detail);
		problem.setType(URI.create(TYPE_PREFIX + this.code));
		problem.setTitle(this.title);
		if (this.instance != null) {
			problem.setInstance(this.instance);
		}
		problem.setProperty("code", this.code);
		this.properties.forEach(problem::setProperty);
		return problem;
	}

	/** For a filter or an entry point, where no controller (and no message converter) is involved. */
	public void writeTo(HttpServletResponse response) throws IOException {
		response.setStatus(this.status);
		this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setContentType(CONTENT_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json());
	}

	/** The body as JSON, for a writer that sets status and content type itself (Tomcat's error report). */
	public String json() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", TYPE_PREFIX + this.code);
		body.put("title", this.title);
		body.put("status", this.status);
		body.put("detail", this.detail);
		if (this.instance != null) {
			body.put("instance", this.instance.toString());
		}
		body.put("code", this.code);
		body.putAll(this.properties);
		return JSON.writeValueAsString(body);
	}

}
