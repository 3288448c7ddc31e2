package io.cocareer.talent.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a talent writes on their own profile. Lists come as typed, blank entries included: the
 * profile drops blanks, and an error names the position as typed ({@code values[2]}), so a form
 * can show it next to the right field.
 */
public record ProfileRevision(List<String> values, String shortTermAspiration, String longTermAspiration,
		List<String> desiredRoles, String personalBrand, String potentialStatement, List<Competency> competencies,
		long expectedVersion) {

	public ProfileRevision {
		values = (values != null) ? new ArrayList<>(values) : List.of();
		desiredRoles = (desiredRoles != null) ? new ArrayList<>(desiredRoles) : List.of();
		competencies = (competencies != null) ? new ArrayList<>(competencies) : List.of();
	}

	/** A competency row as typed: an empty row (no competency chosen) is dropped. */
	public record Competency(UUID competencyId, Integer proficiency, String evidence) {

	}

}
