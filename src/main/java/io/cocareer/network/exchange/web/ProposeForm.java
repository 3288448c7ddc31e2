package io.cocareer.network.exchange.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** One of the reader's own items, proposed for the item shown. */
public class ProposeForm {

	@NotNull(message = "{network.exchange.match.itemRequired}")
	private UUID itemId;

	public UUID getItemId() {
		return this.itemId;
	}

	public void setItemId(UUID itemId) {
		this.itemId = itemId;
	}

}
