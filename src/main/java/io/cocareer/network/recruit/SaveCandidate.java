package io.cocareer.network.recruit;

import io.cocareer.shared.PersonId;

/**
 * A candidate as the talent lead adds or changes them.
 * @param hiringManagerId the manager who hires them, who then sees them too; optional
 */
public record SaveCandidate(String name, String roleAppliedFor, CandidateStage stage, String note,
		PersonId hiringManagerId) {

	public SaveCandidate {
		name = blankToNull(name);
		roleAppliedFor = blankToNull(roleAppliedFor);
		note = blankToNull(note);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
