package io.cocareer.alumni.mobility;

import java.time.Instant;

import io.cocareer.alumni.AlumnusDataPart;
import io.cocareer.alumni.mobility.internal.CareerHorizons;
import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The mobility module's part of an alumnus' data download: their confidential career horizon, as
 * they set it. A horizon is deleted when its talent leaves, so an alumnus has one only while they
 * work here again or still hold it from before (the download holds nothing then). The mobility
 * policy is the organisation's and names nobody: it is not theirs.
 */
@Component
class MobilityDataPart implements AlumnusDataPart {

	private final CareerHorizons horizons;

	MobilityDataPart(CareerHorizons horizons) {
		this.horizons = horizons;
	}

	@Override
	public String name() {
		return "mobility";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public @Nullable Object of(PersonId personId) {
		return this.horizons.findById(personId.value())
			.map((h) -> new HorizonData(h.kind(), h.withinMonths(), h.note(), h.sharedWithManager(), h.updatedAt()))
			.orElse(null);
	}

	/** Their career horizon. */
	record HorizonData(HorizonKind kind, @Nullable Integer withinMonths, @Nullable String note,
			boolean sharedWithManager, Instant updatedAt) {

	}

}
