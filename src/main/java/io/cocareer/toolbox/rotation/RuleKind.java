package io.cocareer.toolbox.rotation;

/** What the talent lead says of a pair: it must be in the plan, or it must not. */
public enum RuleKind {

	PIN, FORBID;

	public String messageKey() {
		return "toolbox.rotation.rule." + name();
	}

}
