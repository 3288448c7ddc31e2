package io.cocareer.people.web;

import jakarta.validation.constraints.AssertTrue;

/** The confirm step of an erasure: the talent lead ticks that they mean it. */
public class ErasureForm {

	@AssertTrue(message = "{people.erase.confirmRequired}")
	private boolean confirmed;

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
