package io.cocareer.alumni.exit;

import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.RehireEligibility;

/** A reason of the talent lead's exit taxonomy. */
public record ExitReasonView(String code, String label, ExitReasonKind kind, boolean active, long version) {

	public RehireEligibility defaultEligibility() {
		return this.kind.defaultEligibility();
	}

}
