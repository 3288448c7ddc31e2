package io.cocareer.alumni.register;

import java.time.LocalDate;

import io.cocareer.alumni.InteractionKind;

import org.jspecify.annotations.Nullable;

public record RecordInteraction(InteractionKind kind, LocalDate occurredOn, String summary, @Nullable Long valueCents) {

}
