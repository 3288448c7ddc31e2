package io.cocareer.alumni.register;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.alumni.InteractionKind;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

@PrivateData
public record InteractionView(UUID id, PersonId personId, InteractionKind kind, LocalDate occurredOn, String summary,
		@Nullable Long valueCents, boolean hired, @Nullable String recordedByName) {

}
