package io.cocareer.shared;

/** Something asked for does not exist, or the caller may not know it exists: 404. */
public class NotFoundException extends DomainException {

	public NotFoundException(String code, String message, Object... arguments) {
		super(code, message, arguments);
	}

}
