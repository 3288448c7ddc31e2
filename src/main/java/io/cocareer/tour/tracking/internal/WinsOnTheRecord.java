package io.cocareer.tour.tracking.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.tour.TourRecord;
import io.cocareer.tour.TourRecordPart;
import io.cocareer.tour.tracking.WinState;

import org.springframework.stereotype.Component;

/** The wins on a career record: the published ones that the sponsor endorsed, newest first. */
@Component
class WinsOnTheRecord implements TourRecordPart {

	private final WinRepository wins;

	WinsOnTheRecord(WinRepository wins) {
		this.wins = wins;
	}

	@Override
	public Map<UUID, List<TourRecord.EndorsedWin>> endorsedWins(Collection<UUID> tourIds) {
		if (tourIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<TourRecord.EndorsedWin>> found = new LinkedHashMap<>();
		for (Win win : this.wins.findByTourIdInOrderByWonOnDescCreatedAtDesc(tourIds)) {
			if (win.state() == WinState.PUBLISHED && win.endorsedAt() != null) {
				found.computeIfAbsent(win.tourId(), (id) -> new ArrayList<>())
					.add(new TourRecord.EndorsedWin(win.title(), win.story(), win.wonOn(),
							LocalDate.ofInstant(win.endorsedAt(), ZoneOffset.UTC)));
			}
		}
		return found;
	}

}
