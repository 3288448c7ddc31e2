package io.cocareer.toolbox.diagnostic;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.PersonId;

/**
 * A diagnostic the talent lead starts.
 * @param scope the organisation, or one unit ({@code unitId})
 * @param respondents the members of staff asked to answer (repeats count once)
 * @param weights a weight above 0 per condition; a condition not given weighs 1
 */
public record CreateDiagnostic(@Nullable String title, @Nullable DiagnosticScope scope, @Nullable UUID unitId,
		List<PersonId> respondents, @Nullable Map<Condition, Double> weights) {

	public CreateDiagnostic {
		respondents = (respondents != null) ? respondents.stream().filter(java.util.Objects::nonNull).toList() : List.of();
		// a weight left empty stays in, as null, for the rules to name it
		java.util.EnumMap<Condition, Double> given = new java.util.EnumMap<>(Condition.class);
		if (weights != null) {
			given.putAll(weights);
		}
		weights = java.util.Collections.unmodifiableMap(given);
	}

}
