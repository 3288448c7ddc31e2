package io.cocareer.network.plan.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;

/** Someone the talent met at an activity; {@code developerId} when they went onto the map. */
@Embeddable
public class PersonMet {

	private String name;

	private String organisation;

	@Enumerated(EnumType.STRING)
	private Arena arena;

	@Enumerated(EnumType.STRING)
	@Column(name = "developer_role")
	private DeveloperRole role;

	private UUID developerId;

	protected PersonMet() {
		// for JPA
	}

	public PersonMet(String name, String organisation, Arena arena, DeveloperRole role, UUID developerId) {
		this.name = name;
		this.organisation = organisation;
		this.arena = arena;
		this.role = role;
		this.developerId = developerId;
	}

	public String name() {
		return this.name;
	}

	public String organisation() {
		return this.organisation;
	}

	public Arena arena() {
		return this.arena;
	}

	public DeveloperRole role() {
		return this.role;
	}

	public UUID developerId() {
		return this.developerId;
	}

}
