package io.cocareer.alumni.register;

import java.time.LocalDate;

import io.cocareer.alumni.InteractionKind;

import org.jspecify.annotations.Nullable;

/**
 * An interaction to log.
 * @param valueCents what a collaboration was worth, in cents; only for a collaboration
 */
public record RecordInteraction(InteractionKind kind, LocalDate occurredOn, String summary,
		@Nullable Long valueCents) {

}
