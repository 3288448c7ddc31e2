package io.cocareer.talent;

import java.time.LocalDate;

/** What the talent lead decides when designating a talent or changing a designation. */
public record DesignationTerms(DesignationReason reason, String evidence, LocalDate reviewOn, int performance,
		int potential) {

}
