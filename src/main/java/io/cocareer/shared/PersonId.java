package io.cocareer.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a person (the people module's {@code person} row), typed so that an account's or
 * another id cannot be passed for it between modules. Shown, logged and serialised as the bare
 * UUID, so URLs, JSON and audit details read as before; a module unwraps it with
 * {@link #value()} for its own tables.
 */
public record PersonId(@JsonValue UUID value) implements Serializable {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static PersonId of(UUID value) {
		return new PersonId(value);
	}

	/** For an id that may be absent (a column that may be null): {@code null} stays {@code null}. */
	public static PersonId ofNullable(UUID value) {
		return (value != null) ? new PersonId(value) : null;
	}

	/** The UUID of an id that may be absent: {@code null} stays {@code null}. */
	public static UUID valueOf(PersonId id) {
		return (id != null) ? id.value() : null;
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
