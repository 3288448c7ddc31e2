package io.cocareer.toolbox.mentoring;

import java.util.List;
import java.util.stream.Collectors;

import io.cocareer.shared.BusinessRuleViolation;

/**
 * The lead's pins cannot all hold: each conflict named (people, not ids). A 409 with the code
 * {@code toolbox.mentoring.rule.pinsInfeasible} in the API; on the page, next to the pins.
 */
public class MentoringPinsInfeasible extends BusinessRuleViolation {

	private final List<PinConflict> conflicts;

	public MentoringPinsInfeasible(List<PinConflict> conflicts) {
		super("toolbox.mentoring.rule.pinsInfeasible", "The pins cannot all hold: " + describe(conflicts),
				describe(conflicts));
		this.conflicts = List.copyOf(conflicts);
	}

	public List<PinConflict> conflicts() {
		return this.conflicts;
	}

	private static String describe(List<PinConflict> conflicts) {
		return conflicts.stream().map(PinConflict::describe).collect(Collectors.joining("; "));
	}

}
