package io.cocareer.network.recruit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Whom the new person knows at an organisation or community they brought: one step onto their map. */
public class MapAssetForm {

	@NotBlank(message = "{recruit.mine.nameRequired}")
	@Size(max = 120, message = "{recruit.field.tooLong}")
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
