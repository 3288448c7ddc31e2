package io.cocareer.talent.profile.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class NoteForm {

	@NotBlank(message = "{talent.field.required}")
	@Size(max = 4000, message = "{talent.validation.tooLong}")
	private String body;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
