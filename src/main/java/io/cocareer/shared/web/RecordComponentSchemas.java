package io.cocareer.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What swagger does not read from the API's records, applied to the finished document:
 * <ul>
 * <li>a component annotated with JSpecify's {@link Nullable} is {@code nullable: true} (a
 * reference to another schema cannot carry siblings in OpenAPI 3.0, so it becomes
 * {@code allOf: [$ref], nullable: true});</li>
 * <li>a field a request may leave out may also be sent as {@code null};</li>
 * <li>the items of a {@code List<Object>} are any JSON value, not an object;</li>
 * <li>{@code @NotBlank} or {@code @NotEmpty} text has {@code minLength: 1} (swagger takes the
 * minimum from {@code @Size} alone, which says 0 when only a maximum is given).</li>
 * </ul>
 */
class RecordComponentSchemas implements OpenApiCustomizer {

	private final ApiSchemaNames names;

	RecordComponentSchemas(ApiSchemaNames names) {
		this.names = names;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Set<String> requests = requestSchemas(openApi);
		openApi.getComponents()
			.getSchemas()
			.forEach((name, schema) -> this.names.typeOf(name)
				.ifPresent((type) -> customise(schema, type, requests.contains(name))));
	}

	/** The schemas that request bodies use, directly or through their properties. */
	private static Set<String> requestSchemas(OpenAPI openApi) {
		Set<String> names = new HashSet<>();
		Deque<Schema<?>> open = new ArrayDeque<>();
		if (openApi.getPaths() != null) {
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.stream()
					.filter((operation) -> operation.getRequestBody() != null
							&& operation.getRequestBody().getContent() != null)
					.forEach((operation) -> operation.getRequestBody()
						.getContent()
						.values()
						.forEach((media) -> open.add(media.getSchema()))));
		}
		Map<String, Schema> components = openApi.getComponents().getSchemas();
		while (!open.isEmpty()) {
			Schema<?> schema = open.pop();
			if (schema == null) {
				continue;
			}
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
				if (names.add(name) && components.get(name) != null) {
					open.add(components.get(name));
				}
				continue;
			}
			if (schema.getProperties() != null) {
				schema.getProperties().values().forEach(open::add);
			}
			if (schema.getItems() != null) {
				open.add(schema.getItems());
			}
			if (schema.getAllOf() != null) {
				schema.getAllOf().forEach(open::add);
			}
		}
		return names;
	}

	/**
	 * @param request whether a request body uses the schema: then an optional field may also be
	 * sent as {@code null} (a record reads an absent field as {@code null} too), as clients do
	 * that write back what they read
	 */
	private static void customise(Schema<?> schema, Class<?> type, boolean request) {
		Map<String, Schema> properties = schema.getProperties();
		if (properties == null) {
			return;
		}
		for (Field field : type.getDeclaredFields()) {
			Schema<?> property = properties.get(field.getName());
			if (property == null || Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			if ((field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotEmpty.class))
					&& "string".equals(property.getType())
					&& (property.getMinLength() == null || property.getMinLength() < 1)) {
				property.setMinLength(1);
			}
			if (isListOfAnything(field) && property.getItems() != null) {
				// List<Object>: swagger says "object"; the values are numbers and texts
				property.setItems(new Schema<>().description("Any JSON value"));
			}
			boolean optional = request && !field.getType().isPrimitive()
					&& (schema.getRequired() == null || !schema.getRequired().contains(field.getName()));
			if (optional || field.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				properties.put(field.getName(), nullable(property));
			}
		}
	}

	private static boolean isListOfAnything(Field field) {
		return field.getGenericType() instanceof ParameterizedType list
				&& List.class.isAssignableFrom(field.getType()) && list.getActualTypeArguments().length == 1
				&& Object.class.equals(list.getActualTypeArguments()[0]);
	}

	@SuppressWarnings("unchecked")
	private static Schema<?> nullable(Schema<?> property) {
		if (property.get$ref() != null) {
			ComposedSchema wrapper = new ComposedSchema();
			wrapper.setAllOf(List.of(new Schema<>().$ref(property.get$ref())));
			wrapper.setNullable(true);
			return wrapper;
		}
		// a copy: a replaced type's schema (LocalDateTime) is one instance shared by every property
		Schema<?> copy = AnnotationsUtils.clone(property, false);
		copy.setNullable(true);
		if (copy.getEnum() != null && !copy.getEnum().contains(null)) {
			// OpenAPI 3.0.3: a nullable enum lists null among its values
			List<Object> values = new ArrayList<>(copy.getEnum());
			values.add(null);
			((Schema<Object>) copy).setEnum(values);
		}
		return copy;
	}

}
