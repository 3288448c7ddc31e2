package io.cocareer.people.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new organisation unit: a short unique code and a name. */
public class UnitForm {

	@NotBlank(message = "{people.validation.required}")
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}", message = "{people.validation.unitCode}")
	private String code;

	@NotBlank(message = "{people.validation.required}")
	@Size(max = 120, message = "{people.validation.tooLong}")
	private String name;

	private UUID parentId;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UUID getParentId() {
		return this.parentId;
	}

	public void setParentId(UUID parentId) {
		this.parentId = parentId;
	}

}
