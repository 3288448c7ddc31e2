package io.cocareer.tour.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A win as the reader may see it.
 * @param tourId the tour, or {@code null} when the reader does not see the tour (sponsor, others)
 * @param audience who sees it once published; {@code null} for a draft
 * @param mayPublish the reader is the talent and the win is a draft
 * @param mayEndorse the reader is the sponsor and has not endorsed it yet
 */
public record WinView(UUID id, @Nullable UUID tourId, String tourTitle, String talentName, String title, String story,
		LocalDate wonOn, @Nullable WinAudience audience, WinState state, String authorName,
		@Nullable Instant publishedAt, @Nullable String endorsedByName, @Nullable Instant endorsedAt, long version,
		boolean mayPublish, boolean mayEndorse) {

}
