package io.cocareer.toolbox.workshop.web;

import jakarta.validation.constraints.NotBlank;

/** Someone the facilitator or the talent lead enrol: by employee id, from the person picker. */
public class EnrolForm {

	@NotBlank(message = "{toolbox.workshop.person.required}")
	private String person;

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

}
