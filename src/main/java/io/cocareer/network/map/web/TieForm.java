package io.cocareer.network.map.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Two developers of the map who know each other. */
public class TieForm {

	@NotNull(message = "{network.tie.developerRequired}")
	private UUID oneId;

	@NotNull(message = "{network.tie.developerRequired}")
	private UUID otherId;

	public UUID getOneId() {
		return this.oneId;
	}

	public void setOneId(UUID oneId) {
		this.oneId = oneId;
	}

	public UUID getOtherId() {
		return this.otherId;
	}

	public void setOtherId(UUID otherId) {
		this.otherId = otherId;
	}

}
