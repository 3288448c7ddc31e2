package io.cocareer.network.introduction.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.introduction.AddToMap;
import io.cocareer.network.introduction.IntroductionService;

/** The target as a developer on the talent's map: arena, role, closeness; a name for someone outside. */
public class MapForm {

	private Arena arena;

	private DeveloperRole role;

	@Min(value = 1, message = "{network.developer.closenessRange}")
	@Max(value = 5, message = "{network.developer.closenessRange}")
	private Integer closeness = 3;

	@Size(max = IntroductionService.MAX_NAME, message = "{network.introduction.textTooLong}")
	private String name;

	@Size(max = IntroductionService.MAX_NAME, message = "{network.introduction.textTooLong}")
	private String organisation;

	private long version;

	AddToMap toCommand() {
		return new AddToMap(this.arena, this.role, this.closeness, this.name, this.organisation);
	}

	public Arena getArena() {
		return this.arena;
	}

	public void setArena(Arena arena) {
		this.arena = arena;
	}

	public DeveloperRole getRole() {
		return this.role;
	}

	public void setRole(DeveloperRole role) {
		this.role = role;
	}

	public Integer getCloseness() {
		return this.closeness;
	}

	public void setCloseness(Integer closeness) {
		this.closeness = closeness;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
