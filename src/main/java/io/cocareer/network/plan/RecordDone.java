package io.cocareer.network.plan;

import java.math.BigDecimal;
import java.util.List;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;

/**
 * What the talent records when an activity is done: the outcome in words, what it actually cost,
 * and the people met; those ticked "add to my map" become external developers on the map in the
 * same step.
 */
public record RecordDone(String outcome, BigDecimal actualCost, List<PersonMet> peopleMet) {

	public RecordDone {
		peopleMet = (peopleMet == null) ? List.of() : List.copyOf(peopleMet);
		outcome = (outcome == null || outcome.isBlank()) ? null : outcome.strip();
	}

	/** Someone met at the activity. */
	public record PersonMet(String name, String organisation, Arena arena, DeveloperRole role, boolean addToMap) {

		public PersonMet {
			name = (name == null || name.isBlank()) ? null : name.strip();
			organisation = (organisation == null || organisation.isBlank()) ? null : organisation.strip();
		}

	}

}
