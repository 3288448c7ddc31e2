package io.cocareer.toolbox.workshop;

/** Who a workshop is for: who may enrol themselves and who sees it. */
public enum Audience {

	/** Everyone on staff: talents, managers and the talent lead. */
	EVERYONE,

	/** Talents only. */
	TALENTS;

	public String labelKey() {
		return "toolbox.workshop.audience." + name();
	}

}
