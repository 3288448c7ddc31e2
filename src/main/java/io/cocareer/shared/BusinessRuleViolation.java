package io.cocareer.shared;

/** A request that is well-formed but breaks a rule of the domain: 409. */
public class BusinessRuleViolation extends DomainException {

	public BusinessRuleViolation(String code, String message, Object... arguments) {
		super(code, message, arguments);
	}

}
