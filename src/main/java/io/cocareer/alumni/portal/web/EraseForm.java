package io.cocareer.alumni.portal.web;

/** The alumnus confirms the erasure of their data by typing ERASE. */
public class EraseForm {

	private String confirmation;

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
