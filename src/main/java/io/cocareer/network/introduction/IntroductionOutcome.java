package io.cocareer.network.introduction;

/** What came of an introduction, as the talent records it. */
public enum IntroductionOutcome {

	CONNECTED, MET_ONCE, NO_RESPONSE, NOT_USEFUL;

	/** Whether the talent met the target, so that they may put them on their map. */
	public boolean met() {
		return this == CONNECTED || this == MET_ONCE;
	}

}
