package io.cocareer.talent;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

/**
 * The talent pool as other modules read it (the demo casts its tours from it); implemented by
 * {@link io.cocareer.talent.pool the pool}.
 */
public interface TalentPool {

	/** The active pool, soonest review first; the talent lead's alone. */
	PageResult<TalentPoolEntry> pool(Actor actor, PoolFilter filter, Paging paging);

	/**
	 * Every active talent with the reason of their designation, in one statement, for figures
	 * counted over the whole pool (the review across talents' networks); the talent lead's alone.
	 */
	java.util.Map<java.util.UUID, DesignationReason> activeReasons(Actor actor);

	/**
	 * Who is in the active pool, by person id alone, for a scheduled job that invites every talent
	 * (the yearly pre-emptive exit conversation): no actor, since no one asks; the caller shows the
	 * ids to nobody but under its own access policy, and learns no reason, band or note.
	 */
	java.util.Set<io.cocareer.shared.PersonId> activeTalentIds();

	/**
	 * Whether one person is in the active pool, in one statement about them alone: for a module that
	 * accepts only talents (an enrolment, a participant), without reading the whole pool.
	 */
	boolean isActiveTalent(io.cocareer.shared.PersonId personId);

}
