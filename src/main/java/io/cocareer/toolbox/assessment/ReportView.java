package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The report to a participant: their consensus per competency with the rationale and the chair's
 * development suggestions; never the individual assessors' ratings.
 */
public record ReportView(UUID centreId, String centreTitle, LocalDate heldOn, String purpose, PersonRef participant,
		List<Line> lines, String developmentSuggestions, LocalDate finalisedOn, LocalDate releasedOn) {

	public record Line(CompetencyRef competency, int rating, String rationale) {

	}

}
