package io.cocareer.toolbox.programme.web;

import jakarta.validation.constraints.NotBlank;

/** A talent to enrol (by employee id, from the person picker). */
public class EnrolForm {

	@NotBlank(message = "{toolbox.programme.enrol.personRequired}")
	private String person;

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

}
