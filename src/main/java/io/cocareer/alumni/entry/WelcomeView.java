package io.cocareer.alumni.entry;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The reader's part of the alumni welcome.
 * @param mayAcknowledge whether the reader is staff with a person, who can say they have read it
 * @param pending whether a hire's acknowledgement awaits them
 * @param hiredOn when they were hired, if they came as a hire
 * @param acknowledgedAt when they said they had read it (null: not yet)
 */
public record WelcomeView(boolean mayAcknowledge, boolean pending, @Nullable LocalDate hiredOn,
		@Nullable Instant acknowledgedAt) {

	public boolean acknowledged() {
		return this.acknowledgedAt != null;
	}

}
