package io.cocareer.toolbox.assessment;

import java.util.List;

/** What the chair records for a participant at the wash-up: the consensus per competency and development suggestions. */
public record WashUpRecord(List<ConsensusEntry> consensus, String developmentSuggestions) {

	public WashUpRecord {
		consensus = (consensus != null) ? java.util.Collections.unmodifiableList(new java.util.ArrayList<>(consensus))
				: List.of();
	}

}
