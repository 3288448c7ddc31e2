package io.cocareer.network.map.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;

/** A developer the talent wants and does not have yet: "a sponsor in product management". */
@Entity
@Table(name = "network_gap")
public class DesiredGap {

	@Id
	private UUID id;

	private UUID talentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "developer_role")
	private DeveloperRole role;

	@Enumerated(EnumType.STRING)
	private Arena arena;

	private String description;

	private Instant createdAt;

	protected DesiredGap() {
		// for JPA
	}

	public DesiredGap(UUID talentId, DeveloperRole role, Arena arena, String description, Instant now) {
		this.id = UUID.randomUUID();
		this.talentId = talentId;
		this.role = role;
		this.arena = arena;
		this.description = description;
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public DeveloperRole role() {
		return this.role;
	}

	public Arena arena() {
		return this.arena;
	}

	public String description() {
		return this.description;
	}

}
