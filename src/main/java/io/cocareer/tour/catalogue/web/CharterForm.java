package io.cocareer.tour.catalogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The charter text, and the version the writer started from. */
public class CharterForm {

	@NotBlank(message = "{tour.validation.required}")
	@Size(max = 8000, message = "{tour.validation.tooLong}")
	private String body;

	private Integer version;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
