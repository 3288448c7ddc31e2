package io.cocareer.network.recruit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.cocareer.network.Arena;
import io.cocareer.network.recruit.AssetKind;

/** A network asset as the candidate page adds it: an arena is chosen from the arenas, anything else named. */
public class AssetForm {

	@NotNull(message = "{recruit.field.required}")
	private AssetKind kind;

	@Size(max = 120, message = "{recruit.field.tooLong}")
	private String name;

	private Arena arena;

	@Size(max = 200, message = "{recruit.field.tooLong}")
	private String description;

	public AssetKind getKind() {
		return this.kind;
	}

	public void setKind(AssetKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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
