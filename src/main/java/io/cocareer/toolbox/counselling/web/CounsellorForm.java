package io.cocareer.toolbox.counselling.web;

import jakarta.validation.constraints.NotBlank;

/** A person to add to the list of counsellors (by employee id, from the person picker). */
public class CounsellorForm {

	@NotBlank(message = "{toolbox.counselling.counsellor.required}")
	private String person;

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

}
