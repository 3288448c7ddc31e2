package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A centre in the list: its title, day and state, how many take part, and whether the reader
 * assesses in it.
 */
public record CentreSummary(UUID id, String title, LocalDate heldOn, CentreStatus status, int participants,
		int assessors, boolean assessor) {

}
