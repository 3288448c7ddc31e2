package io.cocareer.shared;

/** The caller is known but may not do this: 403. */
public class PermissionDenied extends DomainException {

	public PermissionDenied(String code, String message, Object... arguments) {
		super(code, message, arguments);
	}

}
