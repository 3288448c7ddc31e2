package io.cocareer.toolbox.rotation;

/** Why a talent of the cohort has no seat in the plan. */
public enum UnplacedReason {

	/** They have left the organisation. */
	LEFT,

	/** They have no manager to sign the agreement with, so no tour can be proposed for them. */
	NO_MANAGER,

	/** No package of the plan is open to them: no seat left, their week full over its dates, no match, or forbidden. */
	NO_CANDIDATE,

	/** They had packages open to them, but the seats went where the plan scores higher in total. */
	SEATS_TAKEN;

	public String messageKey() {
		return "toolbox.rotation.unplaced." + name();
	}

}
