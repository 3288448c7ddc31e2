package io.cocareer.talent.competency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class CompetencyForm {

	@NotBlank(message = "{talent.field.required}")
	@Size(max = 80, message = "{talent.validation.tooLong}")
	private String name;

	@NotBlank(message = "{talent.field.required}")
	@Size(max = 40, message = "{talent.validation.tooLong}")
	private String category;

	@Size(max = 400, message = "{talent.validation.tooLong}")
	private String description;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
