package io.cocareer.alumni.register;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.alumni.InteractionKind;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * An entry of an alumnus' interactions log.
 * @param summary what happened; {@code null} once the alumnus was erased
 * @param valueCents what a collaboration was worth, in cents, if known
 * @param hired whether a referral was hired
 * @param recordedByName who recorded it (the alumnus themselves, or the talent lead)
 */
@PrivateData
public record InteractionView(UUID id, PersonId personId, InteractionKind kind, LocalDate occurredOn,
		@Nullable String summary, @Nullable Long valueCents, boolean hired, @Nullable String recordedByName) {

}
