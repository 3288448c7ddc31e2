package io.cocareer.shared.web;

import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import io.cocareer.shared.Actor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI document at {@code /v3/api-docs}, written for real clients: the signed-in
 * {@link Actor} is no parameter, every schema has one name, both ways of signing in are
 * security schemes, and every operation lists the problem+json answers it gives.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASIC = "basicAuth";

	static final String BEARER = "apiToken";

	static final String PROBLEM = "Problem";

	static {
		SpringDocUtils.getConfig()
			// resolved from the signed-in user (ActorArgumentResolver), never sent by a client
			.addRequestWrapperToIgnore(Actor.class)
			// a wall-clock time without offset (a coaching session in the organisation's time):
			// "date-time" would promise an offset that is not there
			.replaceWithSchema(LocalDateTime.class, new StringSchema()
				.pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$")
				.description("Local date and time without offset, in the organisation's time zone")
				.example("2026-03-02T14:30:00"));
	}

	@Bean
	OpenAPI cocareerOpenApi() {
		return new OpenAPI()
			.info(new Info().title("CoCareer API")
				.version("v1")
				.description("Every call signs in with HTTP Basic or a personal API token "
						+ "(Authorization: Bearer cct_..., created under /api/v1/me/tokens). "
						+ "Errors answer application/problem+json with a stable code."))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("User name and password of a CoCareer account"))
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("cct_...")
							.description("A personal API token, created under /api/v1/me/tokens"))
				.addSchemas(PROBLEM, problemSchema()))
			.security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
	}

	@Bean
	ApiSchemaNames apiSchemaNames() {
		return new ApiSchemaNames();
	}

	/**
	 * Names every schema after its type alone, so that two records of the same simple name in
	 * different controllers no longer share one schema (see {@link ApiSchemaNames}). Replaces
	 * swagger's default resolver (springdoc swaps a converter of the same class) and, registered
	 * first, stays behind springdoc's own converters.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ModelResolver schemaNamingModelResolver(ApiSchemaNames names) {
		return new ModelResolver(Json.mapper(), names);
	}

	@Bean
	OpenApiCustomizer constraintsOfRecordComponents(ApiSchemaNames names) {
		return new RecordComponentSchemas(names);
	}

	@Bean
	OperationCustomizer problemResponses() {
		return new ApiOperationCustomizer();
	}

	/** RFC 9457 problem details as {@code ApiExceptionHandler} and the security chain write them. */
	private static Schema<?> problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema().description("The request field at fault"));
		error.addProperty("code", new StringSchema());
		error.addProperty("message", new StringSchema());
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details. 'code' is stable: clients switch on it, not on 'detail'.");
		problem.addProperty("type", new StringSchema().format("uri").example("urn:cocareer:problem:shared.denied"));
		problem.addProperty("title", new StringSchema().example("Forbidden"));
		problem.addProperty("status", new IntegerSchema().format("int32").example(403));
		problem.addProperty("detail", new StringSchema().example("You may not do this."));
		problem.addProperty("instance", new StringSchema().format("uri"));
		problem.addProperty("code", new StringSchema().example("shared.denied"));
		problem.addProperty("errors", new ArraySchema().items(error).description("Field errors, all at once"));
		problem.setRequired(List.of("status", "code"));
		// RFC 9457 extension members: a conflict may carry what it conflicts with
		problem.setAdditionalProperties(true);
		return problem;
	}

}
