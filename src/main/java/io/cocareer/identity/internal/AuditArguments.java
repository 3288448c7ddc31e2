package io.cocareer.identity.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.shared.AuditEvent;

/**
 * The arguments of an audit entry as stored: a JSON array of {@code [kind, value]} pairs (each
 * value at most 300 characters, so an entry always fits its column).
 */
public final class AuditArguments {

	static final int MAX_VALUE = 300;

	private static final int MAX_ENCODED = 4000;

	private AuditArguments() {
	}

	static String encode(JsonMapper json, List<AuditEvent.Argument> arguments) {
		List<String[]> pairs = new ArrayList<>();
		for (AuditEvent.Argument argument : arguments) {
			String value = argument.value();
			pairs.add(new String[] { argument.kind().name(),
					(value.length() > MAX_VALUE) ? value.substring(0, MAX_VALUE - 1) + "…" : value });
		}
		String encoded = json.writeValueAsString(pairs);
		while (encoded.length() > MAX_ENCODED && !pairs.isEmpty()) {
			pairs.remove(pairs.size() - 1);
			encoded = json.writeValueAsString(pairs);
		}
		return encoded;
	}

	/** The stored arguments; null for an entry written before entries had them. */
	public static List<AuditEvent.Argument> decode(JsonMapper json, String encoded) {
		if (encoded == null) {
			return null;
		}
		List<AuditEvent.Argument> arguments = new ArrayList<>();
		for (String[] pair : json.readValue(encoded, String[][].class)) {
			arguments.add(new AuditEvent.Argument(AuditEvent.Argument.Kind.valueOf(pair[0]), pair[1]));
		}
		return arguments;
	}

}
