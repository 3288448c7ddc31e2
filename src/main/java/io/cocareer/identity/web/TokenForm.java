package io.cocareer.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal API token: only its name, so its owner knows later what it is for. */
public class TokenForm {

	@NotBlank(message = "{identity.validation.required}")
	@Size(max = 80, message = "{identity.validation.tokenNameLength}")
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
