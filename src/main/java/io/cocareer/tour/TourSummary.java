package io.cocareer.tour;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One row of a list of tours. */
public record TourSummary(UUID id, String title, TourType tourType, TourState state, UUID talentId,
		String talentName, UUID managerId, String managerName, LocalDate startOn, LocalDate endOn, int timeShare,
		@Nullable LocalDate nextConversationOn) {

}
