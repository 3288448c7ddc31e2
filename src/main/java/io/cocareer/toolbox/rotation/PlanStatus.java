package io.cocareer.toolbox.rotation;

/** A rotation plan is a draft until its tours are proposed; then it is confirmed and read only. */
public enum PlanStatus {

	DRAFT, CONFIRMED;

	public String messageKey() {
		return "toolbox.rotation.status." + name();
	}

}
