package io.cocareer.alumni.exit;

import org.jspecify.annotations.Nullable;

/** Section 6: the exit interview, the leaver's own: named or anonymous, its main reason, what would have kept them. */
public record InterviewSection(@Nullable InterviewAnonymity anonymity, @Nullable String reasonCode,
		@Nullable String wouldHaveKept, @Nullable String comments) {

}
