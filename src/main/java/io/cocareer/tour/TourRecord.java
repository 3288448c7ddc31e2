package io.cocareer.tour;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * One tour of duty of a person's career record: what they set out to do, what came of it and the
 * wins their sponsor endorsed. Read by the person themselves only ({@link TourRecords#mine}).
 * @param mission the objective of the mission's latest revision, if one was written
 * @param results the results the closing review recorded (the company's, else the talent's), if any
 */
@PrivateData
public record TourRecord(UUID tourId, String title, TourType tourType, TourState state, LocalDate startOn,
		LocalDate endOn, @Nullable LocalDate endedOn, @Nullable String workPackageTitle, @Nullable String mission,
		@Nullable String results, List<EndorsedWin> wins) {

	public TourRecord {
		wins = List.copyOf(wins);
	}

	/** A published win of the tour that its work package's sponsor endorsed. */
	public record EndorsedWin(String title, String story, LocalDate wonOn, LocalDate endorsedOn) {

	}

}
