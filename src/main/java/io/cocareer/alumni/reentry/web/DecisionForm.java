package io.cocareer.alumni.reentry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.reentry.ReentryService;

/** The decision and its rationale. */
public class DecisionForm {

	@NotNull(message = "{alumni.reentry.decisionRequired}")
	private ReentryDecision decision;

	@NotBlank(message = "{alumni.reentry.rationaleRequired}")
	@Size(max = ReentryService.MAX_RATIONALE, message = "{alumni.reentry.tooLongField}")
	private String rationale;

	private Long version;

	public ReentryDecision getDecision() {
		return this.decision;
	}

	public void setDecision(ReentryDecision decision) {
		this.decision = decision;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
