package io.cocareer.alumni.register;

import java.time.Instant;
import java.time.LocalDate;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * An alumnus as the register knows them.
 * @param consent the contact consent they gave, or {@code null} when they gave none
 * @param consentWithdrawnAt when they withdrew it, if they did
 * @param rehiredOn the day they came back, if they are a boomerang
 */
@PrivateData
public record AlumnusRecord(PersonId personId, LocalDate leftOn, String reasonCode, ExitReasonKind reasonKind,
		RehireEligibility eligibility, @Nullable ContactConsent consent, @Nullable Instant consentWithdrawnAt,
		AlumniTier tier, @Nullable LocalDate distinguishedSince, @Nullable LocalDate rehiredOn,
		@Nullable LocalDate leftAgainOn) {

	/** Whether the organisation may contact them: consent given and not withdrawn, and not working here again. */
	public boolean contactable() {
		return this.consent != null && this.consentWithdrawnAt == null
				&& (this.rehiredOn == null || this.leftAgainOn != null);
	}

}
