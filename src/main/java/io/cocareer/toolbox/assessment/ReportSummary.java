package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A released report in its participant's list. */
public record ReportSummary(UUID centreId, String centreTitle, LocalDate heldOn, LocalDate releasedOn) {

}
