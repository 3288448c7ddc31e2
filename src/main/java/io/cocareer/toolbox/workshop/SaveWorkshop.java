package io.cocareer.toolbox.workshop;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PersonId;

/**
 * A workshop as it is created or changed.
 * @param startsAt when it starts
 * @param durationMinutes how long it lasts
 * @param place where it takes place, or {@code null} when it is online only
 * @param videoLink the video call's address, or {@code null} when it takes place in a room only
 */
public record SaveWorkshop(@Nullable String title, @Nullable String description, @Nullable PersonId facilitatorId,
		@Nullable Instant startsAt, @Nullable Integer durationMinutes, @Nullable String place,
		@Nullable String videoLink, @Nullable Integer capacity, @Nullable Audience audience) {

}
