package io.cocareer.shared.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.TypeNameResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One schema name per type. The API's request and response records are nested in their
 * controllers, and several share a simple name ({@code CompetencyRequest} of talents and of work
 * packages); swagger names a schema by simple name, so one silently replaced the other. Here a
 * nested type is named after its enclosing types, the outermost without its
 * {@code ApiController} suffix: {@code TalentApiController.CompetencyRequest} is
 * {@code TalentCompetencyRequest}, {@code WorkPackageApiController.CompetencyRequest} is
 * {@code WorkPackageCompetencyRequest}, and a name that already starts with the prefix keeps it
 * once ({@code TalentApiController.TalentResponse} is {@code TalentResponse}). Names stay stable
 * when unrelated classes are added. Should two types still meet on one name, the later one gets
 * its fully qualified name (and a warning) rather than the other's schema.
 */
class ApiSchemaNames extends TypeNameResolver {

	private static final Logger log = LoggerFactory.getLogger(ApiSchemaNames.class);

	private static final String[] CONTROLLER_SUFFIXES = { "ApiController", "Controller", "Service" };

	private final Map<String, Class<?>> typesByName = new ConcurrentHashMap<>();

	/** The type a schema of the document was named after, if it was named here. */
	Optional<Class<?>> typeOf(String schemaName) {
		return Optional.ofNullable(this.typesByName.get(schemaName));
	}

	@Override
	protected String getNameOfClass(Class<?> type) {
		String name = nameOf(type);
		Class<?> owner = this.typesByName.putIfAbsent(name, type);
		if (owner == null || owner.equals(type)) {
			return name;
		}
		log.warn("Two API types want the schema name {}: {} and {}; the latter gets its qualified name", name,
				owner.getName(), type.getName());
		String qualified = type.getName().replace('$', '.');
		this.typesByName.putIfAbsent(qualified, type);
		return qualified;
	}

	static String nameOf(Class<?> type) {
		Class<?> enclosing = type.getEnclosingClass();
		if (enclosing == null || type.isAnonymousClass() || type.isLocalClass()) {
			return type.getSimpleName();
		}
		String prefix = (enclosing.getEnclosingClass() != null) ? nameOf(enclosing) : withoutSuffix(enclosing);
		String simple = type.getSimpleName();
		return simple.startsWith(prefix) ? simple : prefix + simple;
	}

	private static String withoutSuffix(Class<?> type) {
		String name = type.getSimpleName();
		for (String suffix : CONTROLLER_SUFFIXES) {
			if (name.endsWith(suffix) && name.length() > suffix.length()) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

}
