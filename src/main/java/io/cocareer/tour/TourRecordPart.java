package io.cocareer.tour;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a part of the tour module adds to a career record ({@link TourRecords}): the mission
 * (agreement), the results (closing review), the endorsed wins (tracking). The tour declares the
 * question because a parent never depends on its nested modules; each answers what it owns, for
 * tours that {@link TourRecords} has already found to be the reader's own.
 */
public interface TourRecordPart {

	/** The objective of each tour's latest mission revision, by tour. */
	default Map<UUID, String> missions(Collection<UUID> tourIds) {
		return Map.of();
	}

	/** The results each tour's closing review recorded, by tour. */
	default Map<UUID, String> results(Collection<UUID> tourIds) {
		return Map.of();
	}

	/** The published wins of each tour that were endorsed, newest first, by tour. */
	default Map<UUID, List<TourRecord.EndorsedWin>> endorsedWins(Collection<UUID> tourIds) {
		return Map.of();
	}

}
