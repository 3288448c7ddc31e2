package io.cocareer.alumni.exit;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * A row of the exits list, as its reader may see it.
 * @param consent whether the leaver has consented to be contacted; {@code null} for a reader who may not know
 */
@PrivateData
public record ExitSummary(UUID id, UUID personId, String personName, ExitState state, @Nullable LocalDate leavingOn,
		@Nullable String reasonLabel, @Nullable Boolean consent, boolean pastExit, boolean fromTour, boolean mine) {

}
