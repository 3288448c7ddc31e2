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

}
