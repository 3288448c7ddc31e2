package io.cocareer.support;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a call of the JSON API against the platform's own OpenAPI document, as a client
 * generated from that document would rely on it: the request must be one the document
 * allows, and the answer (status, content type, body, error bodies included) one it promises.
 * The document is loaded once per running server (per base URL, so once per test context) from
 * {@code /v3/api-docs}.
 * <p>
 * A request the document forbids is fine when the server refused it too: tests send invalid
 * input on purpose and expect a 400 (or 415 for another media type, 404 for a path the API does not
 * have), and a 401 or 403 refuses the caller before the request is read. The answer is checked
 * in every case. Every other mismatch fails the test with the validator's report.
 */
public final class OpenApiContract {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

	/** Statuses that say the server refused the request itself: the document may refuse it too. */
	private static final Set<Integer> REFUSED_INPUT = Set.of(400, 413, 415);

	/** Statuses that say the server refused the caller before it read the request (credentials, role). */
	private static final Set<Integer> REFUSED_CALLER = Set.of(401, 403);

	private OpenApiContract() {
	}

	static void check(String baseUrl, HttpRequest request, @Nullable String requestBody, int status,
			HttpResponse<String> response) {
		if (!request.uri().getRawPath().startsWith("/api/")) {
			return;
		}
		OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(baseUrl, OpenApiContract::load);
		Request call = request(request, requestBody);
		List<ValidationReport.Message> problems = new ArrayList<>();
		ValidationReport requestReport = validator.validateRequest(call);
		boolean unknownOperation = false;
		for (ValidationReport.Message message : requestReport.getMessages()) {
			if (message.getLevel() != ValidationReport.Level.ERROR) {
				continue;
			}
			String key = message.getKey();
			if (key.startsWith("validation.request.path.missing") || key.startsWith("validation.request.operation.notAllowed")) {
				unknownOperation = true;
				if (status == 404 || status == 405) {
					continue;
				}
			}
			if (REFUSED_INPUT.contains(status) || REFUSED_CALLER.contains(status)) {
				continue;
			}
			if (key.equals("validation.request.body.unexpected") && isEmptyObject(requestBody)) {
				// ApiClient.post sends "{}" to an operation that takes no body: it carries nothing
				continue;
			}
			problems.add(message);
		}
		if (!unknownOperation) {
			SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
			response.headers().map().forEach(answer::withHeader);
			if (!response.body().isEmpty()) {
				answer.withBody(response.body());
			}
			ValidationReport responseReport = validator.validateResponse(call.getPath(), call.getMethod(),
					answer.build());
			responseReport.getMessages()
				.stream()
				.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
				.forEach(problems::add);
		}
		if (!problems.isEmpty()) {
			String report = SimpleValidationReportFormat.getInstance().apply(ValidationReport.from(problems));
			throw new AssertionError("%s %s answered %d, which breaks the OpenAPI document:%n%s%nBody: %s".formatted(
					request.method(), request.uri().getRawPath(), status, report, abbreviate(response.body())));
		}
	}

	private static boolean isEmptyObject(@Nullable String body) {
		return body == null || body.isBlank() || body.replaceAll("\\s", "").equals("{}");
	}

	private static Request request(HttpRequest request, @Nullable String body) {
		SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.uri().getRawPath());
		request.headers().map().forEach(builder::withHeader);
		query(request.uri().getRawQuery()).forEach(builder::withQueryParam);
		if (body != null) {
			builder.withBody(body);
		}
		return builder.build();
	}

	private static Map<String, List<String>> query(@Nullable String rawQuery) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return parameters;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	private static OpenApiInteractionValidator load(String baseUrl) {
		try {
			HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
			if (document.statusCode() != 200) {
				throw new IllegalStateException("No OpenAPI document at " + baseUrl + ": " + document.statusCode());
			}
			return OpenApiInteractionValidator.createForInlineApiSpecification(inlineNullableReferences(document.body()))
				.build();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not load the OpenAPI document of " + baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The document marks a nullable reference the way OpenAPI 3.0 generators read it:
	 * {@code nullable: true} next to {@code allOf: [$ref]}. JSON Schema validators apply the
	 * referenced schema to {@code null} regardless (OpenAPI 3.0.3 says {@code nullable} does not
	 * reach into {@code allOf}), so for the validator such a property becomes a copy of the
	 * referenced schema with {@code nullable: true}: the same meaning, in the form it checks.
	 */
	static String inlineNullableReferences(String document) {
		JsonNode root = JSON.readTree(document);
		JsonNode schemas = root.path("components").path("schemas");
		inline(root, schemas);
		return JSON.writeValueAsString(root);
	}

	private static void inline(JsonNode node, JsonNode schemas) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> entry : List.copyOf(object.properties())) {
				JsonNode value = entry.getValue();
				JsonNode allOf = value.path("allOf");
				if (value.path("nullable").asBoolean(false) && allOf.isArray() && allOf.size() == 1
						&& allOf.get(0).has("$ref")) {
					String ref = allOf.get(0).get("$ref").asString();
					JsonNode target = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
					if (target instanceof ObjectNode referenced) {
						ObjectNode copy = referenced.deepCopy();
						copy.put("nullable", true);
						object.set(entry.getKey(), copy);
						continue;
					}
				}
				inline(value, schemas);
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach((element) -> inline(element, schemas));
		}
	}

	private static String abbreviate(String body) {
		return (body.length() > 2000) ? body.substring(0, 2000) + " ..." : body;
	}

}
