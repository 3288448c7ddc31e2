package io.cocareer.talent.pool;

import java.time.LocalDate;

import io.cocareer.talent.DesignationReason;

/** What the talent lead decides when designating a talent or changing a designation. */
public record DesignationTerms(DesignationReason reason, String evidence, LocalDate reviewOn, int performance,
		int potential) {

}
