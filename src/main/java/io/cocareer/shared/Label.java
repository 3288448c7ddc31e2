package io.cocareer.shared;

import java.io.Serializable;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A message argument in the reader's words: resolved through the message bundles wherever the
 * message is (a problem+json detail, an error page, a field error), never shown as a field name
 * or an enum constant. Falls back to {@code fallback}.
 */
public record Label(String code, Object[] arguments, String fallback) implements MessageSourceResolvable, Serializable {

	/** Up to this many labels join into one list ("a, b and c"); see {@code shared.list.N}. */
	private static final int MAX_LIST = 12;

	public static Label of(String code, String fallback) {
		return new Label(code, null, fallback);
	}

	/**
	 * The labels of several keys as one list, e.g. {@code list("tour.agreement.field.", missing)}
	 * gives "Deliverables, Learning goals and Resources".
	 */
	public static Label list(String prefix, List<String> keys) {
		String joined = String.join(", ", keys);
		if (keys.isEmpty() || keys.size() > MAX_LIST) {
			return new Label("shared.list.none", null, joined);
		}
		Object[] labels = keys.stream().map((key) -> of(prefix + key, key)).toArray();
		return new Label("shared.list." + keys.size(), labels, joined);
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments;
	}

	@Override
	public String getDefaultMessage() {
		return this.fallback;
	}

	@Override
	public String toString() {
		return this.fallback;
	}

}
