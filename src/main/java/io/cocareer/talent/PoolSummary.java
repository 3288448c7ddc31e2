package io.cocareer.talent;

import java.util.Map;

/** Figures of the talent pool for the talent lead's home page. */
public record PoolSummary(long activeTalents, Map<DesignationReason, Long> byReason, long reviewsDueIn30Days,
		long reviewsOverdue, Map<String, Long> nineBoxCounts) {

}
