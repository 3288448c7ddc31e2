package io.cocareer.alumni.exit;

import org.jspecify.annotations.Nullable;

/** Section 4: the re-entry discussion: open to return, when, on what conditions. */
public record ReentrySection(@Nullable OpenToReturn openToReturn, @Nullable String when,
		@Nullable String conditions) {

}
