package io.cocareer.toolbox.mentoring;

import org.jspecify.annotations.Nullable;

/** End-of-programme feedback from one side: a rating from 1 to 5 and a comment (optional). */
public record NewFeedback(@Nullable Integer rating, @Nullable String comment) {

}
