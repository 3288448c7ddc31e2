package io.cocareer.tour.agreement;

import io.cocareer.shared.BusinessRuleViolation;

/**
 * A mission saved on a base that is no longer the latest revision: nothing was stored. Carries
 * the latest revision and what changed since the writer's base, so they can merge and save again.
 */
public class MissionConflict extends BusinessRuleViolation {

	private final transient MissionView.Revision latest;

	private final transient MissionDiff changes;

	public MissionConflict(MissionView.Revision latest, MissionDiff changes) {
		super("tour.mission.conflict",
				"%s saved revision %d in the meantime; your text was not saved. Merge it with theirs and save again"
					.formatted(latest.authorName(), latest.revisionNo()),
				latest.authorName(), latest.revisionNo());
		this.latest = latest;
		this.changes = changes;
	}

	public MissionView.Revision latest() {
		return this.latest;
	}

	/** From the writer's base to the latest revision. */
	public MissionDiff changes() {
		return this.changes;
	}

}
