package io.cocareer.tour.tracking;

import java.time.LocalDate;
import java.util.List;

/** What a side writes when opening a check-in: where the tour stands and their note. */
public record CheckInRequest(LocalDate heldOn, Integer progress, CheckInStatus status, List<CheckInView.MilestoneView> milestones,
		String note) {

}
