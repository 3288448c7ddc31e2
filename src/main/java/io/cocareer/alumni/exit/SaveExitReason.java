package io.cocareer.alumni.exit;

import io.cocareer.alumni.ExitReasonKind;

import org.jspecify.annotations.Nullable;

/** A reason to add to the taxonomy, or its new label, kind and active flag (the code stays). */
public record SaveExitReason(@Nullable String code, @Nullable String label, @Nullable ExitReasonKind kind,
		boolean active) {

}
