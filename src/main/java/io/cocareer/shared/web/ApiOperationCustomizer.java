package io.cocareer.shared.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * What springdoc cannot see in a handler's signature: the problem+json answers every operation
 * gives (400 for input the API refuses, 401 without valid credentials, 403 for a role or a rule
 * that denies, 404 for an unknown or unreadable id in the path, 409 when a write conflicts with
 * the state or another write, 415 for a body of another media type), a file upload as {@code multipart/form-data}, and binary bodies
 * (PDF) as binary.
 */
class ApiOperationCustomizer implements OperationCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		problem(responses, "400", "The request is malformed or has invalid fields (see 'errors')");
		problem(responses, "401", "No valid credentials: sign in with HTTP Basic or an API token");
		problem(responses, "403", "The caller's role or a rule of the platform denies this");
		if (hasPathVariable(operation)) {
			problem(responses, "404", "No such resource, or none the caller may see");
		}
		if (isWrite(handler)) {
			problem(responses, "409", "The write conflicts with the current state or with another write");
		}
		if (operation.getRequestBody() != null) {
			problem(responses, "415", "The body is not of a media type this operation reads");
		}
		operation.setResponses(sorted(responses));
		if (takesFile(handler)) {
			asMultipart(operation);
		}
		binaryBodies(responses);
		return operation;
	}

	private static void problem(ApiResponses responses, String status, String description) {
		if (responses.containsKey(status)) {
			return;
		}
		Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + OpenApiConfiguration.PROBLEM);
		responses.addApiResponse(status, new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema))));
	}

	private static ApiResponses sorted(ApiResponses responses) {
		Map<String, ApiResponse> byStatus = new LinkedHashMap<>();
		responses.keySet().stream().sorted().forEach((status) -> byStatus.put(status, responses.get(status)));
		ApiResponses result = new ApiResponses();
		result.putAll(byStatus);
		result.setExtensions(responses.getExtensions());
		return result;
	}

	private static boolean hasPathVariable(Operation operation) {
		List<Parameter> parameters = operation.getParameters();
		return parameters != null && parameters.stream().anyMatch((parameter) -> "path".equals(parameter.getIn()));
	}

	private static boolean isWrite(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return mapping != null && Arrays.stream(mapping.method()).anyMatch(WRITES::contains);
	}

	private static boolean takesFile(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters())
			.anyMatch((parameter) -> MultipartFile.class.equals(parameter.getParameterType()));
	}

	/**
	 * springdoc describes a {@code MultipartFile} request parameter as a JSON body; the upload is
	 * a {@code multipart/form-data} form whose file part the handler requires.
	 */
	private static void asMultipart(Operation operation) {
		RequestBody body = operation.getRequestBody();
		if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
			return;
		}
		Schema<?> form = body.getContent().values().iterator().next().getSchema();
		if (form instanceof ObjectSchema || (form != null && "object".equals(form.getType()))) {
			if (form.getProperties() != null) {
				form.setRequired(List.copyOf(form.getProperties().keySet()));
			}
		}
		body.setContent(new Content().addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE,
				new MediaType().schema(form)));
		body.setRequired(true);
	}

	private static void binaryBodies(ApiResponses responses) {
		responses.values().stream().filter((response) -> response.getContent() != null).forEach((response) -> {
			MediaType pdf = response.getContent().get(org.springframework.http.MediaType.APPLICATION_PDF_VALUE);
			if (pdf != null && pdf.getSchema() != null) {
				pdf.getSchema().setFormat("binary");
			}
		});
	}

}
