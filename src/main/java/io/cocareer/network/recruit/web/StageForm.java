package io.cocareer.network.recruit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.cocareer.network.recruit.CandidateStage;

/** The stage a candidate moves to, and the version read. */
public class StageForm {

	@NotNull(message = "{recruit.field.required}")
	private CandidateStage stage;

	private long version;

	public CandidateStage getStage() {
		return this.stage;
	}

	public void setStage(CandidateStage stage) {
		this.stage = stage;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
