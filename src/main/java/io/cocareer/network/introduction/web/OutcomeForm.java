package io.cocareer.network.introduction.web;

import jakarta.validation.constraints.NotNull;

import io.cocareer.network.introduction.IntroductionOutcome;

/** The talent's outcome, and whether the target goes on their map in the same step (with how). */
public class OutcomeForm extends MapForm {

	@NotNull(message = "{network.introduction.outcomeRequired}")
	private IntroductionOutcome outcome;

	private boolean addToMap;

	public IntroductionOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(IntroductionOutcome outcome) {
		this.outcome = outcome;
	}

	public boolean isAddToMap() {
		return this.addToMap;
	}

	public void setAddToMap(boolean addToMap) {
		this.addToMap = addToMap;
	}

}
