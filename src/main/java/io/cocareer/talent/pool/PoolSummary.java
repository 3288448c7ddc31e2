package io.cocareer.talent.pool;

import java.util.Map;

import io.cocareer.talent.DesignationReason;

/** Figures of the talent pool for the talent lead's home page. */
public record PoolSummary(long activeTalents, Map<DesignationReason, Long> byReason, long reviewsDueIn30Days,
		long reviewsOverdue, Map<String, Long> nineBoxCounts) {

}
