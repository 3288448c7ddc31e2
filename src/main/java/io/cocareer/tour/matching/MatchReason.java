package io.cocareer.tour.matching;

import java.util.List;

/**
 * One line of a match's explanation: a message code (messages/tour-matching.properties) and its
 * arguments, rendered in the reader's language by the page ({@code #messages}) and by the API,
 * which also returns the code and arguments themselves.
 */
public record MatchReason(String code, List<Object> arguments) {

	public MatchReason {
		arguments = List.copyOf(arguments);
	}

	public MatchReason(String code, Object... arguments) {
		this(code, List.of(arguments));
	}

	/** The arguments as a {@code MessageSource} and {@code #messages.msgWithParams} take them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
