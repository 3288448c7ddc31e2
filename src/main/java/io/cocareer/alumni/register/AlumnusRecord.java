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

@PrivateData
public record AlumnusRecord(PersonId personId, LocalDate leftOn, String reasonCode, ExitReasonKind reasonKind,
		RehireEligibility eligibility, @Nullable ContactConsent consent, @Nullable Instant consentWithdrawnAt,
		AlumniTier tier, @Nullable LocalDate distinguishedSince, @Nullable LocalDate rehiredOn) {

	public boolean contactable() {
		return this.consent != null && this.consentWithdrawnAt == null && this.rehiredOn == null;
	}

}
