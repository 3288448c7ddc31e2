package io.cocareer.shared;

/**
 * Base of the exceptions that carry a stable, machine-readable code (also a message key), so
 * the API can answer {@code "code": "people.rule.duplicateEmail"} and the UI can translate it.
 */
public abstract class DomainException extends RuntimeException {

	private final String code;

	private final Object[] arguments;

	protected DomainException(String code, String message, Object... arguments) {
		super(message);
		this.code = code;
		this.arguments = arguments;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
