package io.cocareer.network.introduction;

import java.util.List;

import io.cocareer.shared.PrivateData;

/** The reader's introductions: those they asked for, and those asked of them as broker. */
@PrivateData
public record MyIntroductions(List<IntroductionView> asked, List<IntroductionView> brokered) {

	/** The ones still waiting for someone. */
	public List<IntroductionView> openAsked() {
		return this.asked.stream().filter((i) -> i.state().open()).toList();
	}

	/** The ones waiting for the reader as broker. */
	public List<IntroductionView> waitingForMe() {
		return this.brokered.stream().filter((i) -> i.may().answer() || i.may().recordIntroduced()).toList();
	}

}
