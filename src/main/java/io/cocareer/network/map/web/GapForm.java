package io.cocareer.network.map.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;

/** A developer the talent wants: "a sponsor in product management". */
public class GapForm {

	@NotNull(message = "{network.field.required}")
	private DeveloperRole role;

	private Arena arena;

	@NotBlank(message = "{network.field.required}")
	@Size(max = 200, message = "{network.validation.tooLong}")
	private String description;

	public DeveloperRole getRole() {
		return this.role;
	}

	public void setRole(DeveloperRole role) {
		this.role = role;
	}

	public Arena getArena() {
		return this.arena;
	}

	public void setArena(Arena arena) {
		this.arena = arena;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
