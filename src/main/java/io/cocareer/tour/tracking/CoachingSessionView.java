package io.cocareer.tour.tracking;

import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A coaching session. A coach from outside the tour sees the session and nothing of the tour:
 * {@code tourId} and {@code tourTitle} are then {@code null}.
 * @param maySchedule the reader may set the coach and date (the tour's manager or the talent lead)
 * @param mayComplete the reader may mark it done (the coach, the manager or the talent lead)
 */
public record CoachingSessionView(UUID id, @Nullable UUID tourId, @Nullable String tourTitle, String talentName,
		String topic, String requestedByName, @Nullable UUID coachId, @Nullable String coachName,
		@Nullable LocalDateTime scheduledAt, CoachingStatus status, @Nullable String notes, long version,
		boolean maySchedule, boolean mayComplete) {

}
