package io.cocareer.toolbox.diagnostic.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo only: moves a diagnostic's dates back by some days, so that what was played today
 * through the service reads as run weeks or a year ago.
 */
@Component
public class DiagnosticBackdating {

	private final Diagnostics diagnostics;

	DiagnosticBackdating(Diagnostics diagnostics) {
		this.diagnostics = diagnostics;
	}

	@Transactional
	public void backdate(UUID diagnosticId, int days) {
		backdate(diagnosticId, days, 0);
	}

	/** As {@link #backdate(UUID, int)}, the day it opened moved back further, so that it ran for some days. */
	@Transactional
	public void backdate(UUID diagnosticId, int days, int ranForDays) {
		this.diagnostics.findById(diagnosticId).ifPresent((d) -> d.backdate(days, ranForDays));
	}

}
