package io.cocareer.shared.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document at {@code /v3/api-docs} as a client generator reads it: parsed by swagger-parser
 * without a message, with the points that made generated clients wrong before (an {@code actor}
 * query parameter, one schema for two records, no security, no error answers, JSON for a file
 * upload, nothing nullable, blank text allowed, date-times without offset). The API tests check
 * every call they make against the same document (see {@code OpenApiContract}).
 */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

	@LocalServerPort
	int port;

	private OpenAPI api;

	@BeforeEach
	void parse() throws Exception {
		String json = ApiClient.anonymous(this.port).get("/v3/api-docs").body();
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/openapi.json"), json);
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
		assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
		this.api = result.getOpenAPI();
		assertThat(this.api).isNotNull();
	}

	@Test
	void isOpenApi30WithEveryOperationOfTheApi() {
		assertThat(this.api.getOpenapi()).startsWith("3.0");
		assertThat(operations()).hasSizeGreaterThan(90);
		assertThat(this.api.getPaths()).containsKeys("/api/v1/competencies", "/api/v1/imports", "/api/v1/tours/{id}");
	}

	@Test
	void noOperationAsksForTheSignedInActor() {
		for (NamedOperation operation : operations()) {
			for (Parameter parameter : parameters(operation.operation())) {
				assertThat(parameter.getSchema().get$ref()).as(operation.name()).isNull();
				if (parameter.getName().equals("actor")) {
					// the audit log's filter by who acted: an optional text, not the caller
					assertThat(operation.name()).isEqualTo("GET /api/v1/admin/audit");
					assertThat(parameter.getRequired()).isNotEqualTo(Boolean.TRUE);
					assertThat(parameter.getSchema().getType()).isEqualTo("string");
				}
			}
		}
		assertThat(this.api.getComponents().getSchemas()).doesNotContainKey("Actor");
	}

	@Test
	void recordsOfTheSameSimpleNameGetTheirOwnSchema() {
		Schema<?> competency = requestSchema(operation("/api/v1/competencies", PathItem.HttpMethod.POST));
		assertThat(competency.getProperties()).containsOnlyKeys("name", "category", "description");
		assertThat(competency.getRequired()).containsExactlyInAnyOrder("name", "category");
		Schema<?> packageCompetency = schema("WorkPackageCompetencyRequest");
		assertThat(packageCompetency.getProperties()).containsOnlyKeys("competencyId", "level");
		assertThat(property(schema("WorkPackagePackageRequest"), "competencies").getItems().get$ref())
			.isEqualTo("#/components/schemas/WorkPackageCompetencyRequest");
		assertThat(this.api.getComponents().getSchemas().keySet())
			.allMatch((name) -> name.matches("[A-Za-z0-9]+"), "simple names, no qualified fallback");
	}

	@Test
	void basicAndBearerTokensSecureEveryOperation() {
		Map<String, SecurityScheme> schemes = this.api.getComponents().getSecuritySchemes();
		assertThat(schemes.get("basicAuth").getType()).isEqualTo(SecurityScheme.Type.HTTP);
		assertThat(schemes.get("basicAuth").getScheme()).isEqualTo("basic");
		assertThat(schemes.get("apiToken").getType()).isEqualTo(SecurityScheme.Type.HTTP);
		assertThat(schemes.get("apiToken").getScheme()).isEqualTo("bearer");
		assertThat(this.api.getSecurity()).extracting((requirement) -> requirement.keySet().iterator().next())
			.containsExactlyInAnyOrder("basicAuth", "apiToken");
		operations().forEach((operation) -> assertThat(operation.operation().getSecurity())
			.as(operation.name() + " keeps the global security")
			.satisfiesAnyOf((security) -> assertThat(security).isNull(),
					(security) -> assertThat(security).extracting(SecurityRequirement::keySet).isNotEmpty()));
	}

	@Test
	void errorsAreProblemJsonWithTheStatusesTheApiGives() {
		assertThat(this.api.getComponents().getSchemas().get("Problem").getRequired()).contains("status", "code");
		for (NamedOperation operation : operations()) {
			Map<String, ApiResponse> responses = operation.operation().getResponses();
			List<String> expected = new ArrayList<>(List.of("400", "401", "403"));
			if (parameters(operation.operation()).stream().anyMatch((parameter) -> "path".equals(parameter.getIn()))) {
				expected.add("404");
			}
			if (operation.method() != PathItem.HttpMethod.GET) {
				expected.add("409");
			}
			if (operation.operation().getRequestBody() != null) {
				expected.add("415");
			}
			assertThat(responses).as(operation.name()).containsKeys(expected.toArray(String[]::new));
			responses.forEach((status, response) -> {
				if (status.startsWith("4")) {
					MediaType problem = response.getContent().get("application/problem+json");
					assertThat(problem).as(operation.name() + " " + status).isNotNull();
					assertThat(problem.getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
				}
			});
		}
		assertThat(operation("/api/v1/competencies", PathItem.HttpMethod.POST).getResponses()).containsKey("201")
			.doesNotContainKey("200");
		assertThat(operation("/api/v1/talents/{personId}/designation", PathItem.HttpMethod.DELETE).getResponses())
			.containsKey("204");
		assertThat(operation("/api/v1/imports/{id}/run", PathItem.HttpMethod.POST).getResponses()).containsKey("202");
		assertThat(operation("/api/v1/competencies", PathItem.HttpMethod.GET).getResponses().get("200").getContent())
			.containsOnlyKeys("application/json");
	}

	@Test
	void thePeopleImportIsAMultipartUpload() {
		Operation upload = operation("/api/v1/imports", PathItem.HttpMethod.POST);
		assertThat(upload.getRequestBody().getRequired()).isTrue();
		assertThat(upload.getRequestBody().getContent()).containsOnlyKeys("multipart/form-data");
		Schema<?> form = upload.getRequestBody().getContent().get("multipart/form-data").getSchema();
		assertThat(form.getProperties().get("file").getFormat()).isEqualTo("binary");
		assertThat(form.getRequired()).containsExactly("file");
	}

	@Test
	void fieldsThatMayBeNullSayNullable() {
		Schema<?> designation = schema("TalentDesignationResponse");
		assertThat(property(designation, "endedAt").getNullable()).isTrue();
		assertThat(property(designation, "endReason").getNullable()).isTrue();
		assertThat(property(designation, "personId").getNullable()).isNotEqualTo(Boolean.TRUE);
		Schema<?> profile = schema("TalentProfileResponse");
		Schema<?> nullableDesignation = property(profile, "designation");
		assertThat(nullableDesignation.getNullable()).isTrue();
		assertThat(nullableDesignation.getAllOf()).extracting(Schema::get$ref)
			.containsExactly("#/components/schemas/TalentDesignationResponse");
		Schema<?> audience = property(schema("WinView"), "audience");
		assertThat(audience.getNullable()).isTrue();
		assertThat(new ArrayList<Object>(audience.getEnum())).containsNull().contains("ORGANISATION", "SPONSOR");
	}

	@Test
	void notBlankTextNeedsOneCharacter() {
		Schema<?> note = schema("TalentNoteRequest");
		assertThat(note.getRequired()).contains("body");
		assertThat(property(note, "body").getMinLength()).isEqualTo(1);
		assertThat(property(note, "body").getMaxLength()).isEqualTo(4000);
		assertThat(property(schema("TalentCompetencyRequest"), "name").getMinLength()).isEqualTo(1);
	}

	@Test
	void dateTimesAreInstantsWithOffsetAndLocalTimesArePatterns() {
		assertThat(property(schema("TalentNoteResponse"), "createdAt").getFormat()).isEqualTo("date-time");
		Schema<?> scheduledAt = property(schema("TourTrackingScheduleBody"), "scheduledAt");
		assertThat(scheduledAt.getFormat()).isNull();
		assertThat(scheduledAt.getPattern()).isNotBlank();
		assertThat("2026-03-02T14:30:00").matches(scheduledAt.getPattern());
		assertThat(scheduledAt.getNullable()).as("required when scheduling").isNotEqualTo(Boolean.TRUE);
		Schema<?> sessionAt = property(schema("CoachingSessionView"), "scheduledAt");
		assertThat(sessionAt.getNullable()).as("not yet scheduled").isTrue();
		assertThat(sessionAt.getPattern()).isEqualTo(scheduledAt.getPattern());
	}

	private List<NamedOperation> operations() {
		List<NamedOperation> operations = new ArrayList<>();
		this.api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> operations.add(new NamedOperation(method + " " + path, method, operation))));
		return operations;
	}

	private Operation operation(String path, PathItem.HttpMethod method) {
		return this.api.getPaths().get(path).readOperationsMap().get(method);
	}

	private static List<Parameter> parameters(Operation operation) {
		return (operation.getParameters() != null) ? operation.getParameters() : List.of();
	}

	private Schema<?> requestSchema(Operation operation) {
		String ref = operation.getRequestBody().getContent().get("application/json").getSchema().get$ref();
		return schema(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private Schema<?> schema(String name) {
		Schema<?> schema = this.api.getComponents().getSchemas().get(name);
		assertThat(schema).as("schema " + name + " among " + this.api.getComponents().getSchemas().keySet())
			.isNotNull();
		return schema;
	}

	private static Schema<?> property(Schema<?> schema, String name) {
		Schema<?> property = (Schema<?>) schema.getProperties().get(name);
		assertThat(property).as("property " + name).isNotNull();
		return property;
	}

	private record NamedOperation(String name, PathItem.HttpMethod method, Operation operation) {

	}

}
