package io.cocareer.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a tour of duty, typed so that another id cannot be passed for it between modules.
 * Shown, logged and serialised as the bare UUID, so URLs, JSON and audit details read as
 * before; a module unwraps it with {@link #value()} for its own tables.
 */
public record TourId(@JsonValue UUID value) implements Serializable {

	public TourId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TourId of(UUID value) {
		return new TourId(value);
	}

	/** For an id that may be absent (a column that may be null): {@code null} stays {@code null}. */
	public static TourId ofNullable(UUID value) {
		return (value != null) ? new TourId(value) : null;
	}

	/** The UUID of an id that may be absent: {@code null} stays {@code null}. */
	public static UUID valueOf(TourId id) {
		return (id != null) ? id.value() : null;
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
