package io.cocareer.toolbox.workshop;

import org.jspecify.annotations.Nullable;

/** Something to share with the enrolled: a title and a link or a text (or both). */
public record AddMaterial(@Nullable String title, @Nullable String link, @Nullable String body) {

}
