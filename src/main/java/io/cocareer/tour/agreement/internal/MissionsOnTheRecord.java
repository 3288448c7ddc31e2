package io.cocareer.tour.agreement.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.tour.TourRecordPart;

import org.springframework.stereotype.Component;

/** The mission on a career record: the objective of each tour's latest revision. */
@Component
class MissionsOnTheRecord implements TourRecordPart {

	private final MissionRevisionRepository revisions;

	MissionsOnTheRecord(MissionRevisionRepository revisions) {
		this.revisions = revisions;
	}

	@Override
	public Map<UUID, String> missions(Collection<UUID> tourIds) {
		if (tourIds.isEmpty()) {
			return Map.of();
		}
		return this.revisions.findLatestOfTours(tourIds)
			.stream()
			.filter((r) -> r.text().objective() != null && !r.text().objective().isBlank())
			.collect(Collectors.toMap(MissionRevision::tourId, (r) -> r.text().objective(), (a, b) -> a));
	}

}
