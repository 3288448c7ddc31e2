package io.cocareer.toolbox.workshop;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Something shared with the enrolled: a title and a link or a text. */
public record MaterialView(UUID id, String title, @Nullable String link, @Nullable String body, Instant addedAt) {

}
