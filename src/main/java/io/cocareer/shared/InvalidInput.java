package io.cocareer.shared;

/** Input that the service rejects after binding (a bad file, a bad parameter): 400. */
public class InvalidInput extends DomainException {

	private final String field;

	public InvalidInput(String field, String code, String message, Object... arguments) {
		super(code, message, arguments);
		this.field = field;
	}

	/** The form field or request property at fault, or {@code null} for the whole request. */
	public String field() {
		return this.field;
	}

}
