package io.cocareer.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A talent pool designation, active or ended, with the 9-box label of its rating. */
public record DesignationView(UUID personId, DesignationReason reason, String evidence, LocalDate reviewOn,
		int performance, int potential, String nineBoxLabel, String designatedBy, Instant designatedAt,
		Instant endedAt, String endReason, long version, boolean reviewOverdue) {

	public boolean active() {
		return this.endedAt == null;
	}

}
