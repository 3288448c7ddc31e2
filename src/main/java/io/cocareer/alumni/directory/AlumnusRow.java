package io.cocareer.alumni.directory;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/** One alumnus in the talent lead's list of the alumni relations. */
@PrivateData
public record AlumnusRow(UUID personId, String name, LocalDate leftOn, ExitReasonKind reasonKind, AlumniTier tier,
		boolean contactable, @Nullable LocalDate lastInteractionOn, @Nullable LocalDate rehiredOn,
		@Nullable LocalDate leftAgainOn) {

	/** Whether they work here again now: rehired, and not gone again since. */
	public boolean backWithUs() {
		return this.rehiredOn != null && this.leftAgainOn == null;
	}

}
