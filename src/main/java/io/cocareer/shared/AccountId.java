package io.cocareer.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an account (identity's sign-in), typed so that a person's or another id cannot be
 * passed for it between modules. Shown, logged and serialised as the bare UUID, so URLs, JSON
 * and audit details read as before; a module unwraps it with {@link #value()} for its own tables.
 */
public record AccountId(@JsonValue UUID value) implements Serializable {

	public AccountId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AccountId of(UUID value) {
		return new AccountId(value);
	}

	/** For an id that may be absent (a column that may be null): {@code null} stays {@code null}. */
	public static AccountId ofNullable(UUID value) {
		return (value != null) ? new AccountId(value) : null;
	}

	/** The UUID of an id that may be absent: {@code null} stays {@code null}. */
	public static UUID valueOf(AccountId id) {
		return (id != null) ? id.value() : null;
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
