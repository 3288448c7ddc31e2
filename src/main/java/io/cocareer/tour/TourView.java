package io.cocareer.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tour as the people involved see it, with what the reader may do next.
 * @param viewer why the reader sees the tour
 * @param moves the lifecycle moves the reader may make by hand from here (others happen when both
 * sign, or when the closing review is recorded)
 * @param mayEditPlan whether the reader may still change title, dates, share and cadence
 * @param closingStartedOn the day the closing review started, if it did
 * @param earlyEndReason why the closing review started before the end date (an early end)
 * @param closingWouldBeEarly whether starting the closing review now, before the end date, needs a reason
 */
public record TourView(UUID id, String title, TourType tourType, TourState state, PersonRef talent, PersonRef manager,
		@Nullable UUID workPackageId, @Nullable String workPackageTitle, @Nullable PersonRef sponsor, LocalDate startOn,
		LocalDate endOn, int timeShare, int checkInCadenceDays, @Nullable LocalDate nextConversationOn,
		@Nullable String endedReason, @Nullable LocalDate endedOn, @Nullable LocalDate closingStartedOn,
		@Nullable String earlyEndReason, boolean closingWouldBeEarly, String createdByName, Instant createdAt,
		long version, List<StateChangeView> history, Participation viewer, Set<TourState> moves, boolean mayEditPlan) {

	/** Someone named on a tour. */
	public record PersonRef(UUID id, String name, @Nullable String title, @Nullable String unitName) {

	}

	/** One step of the tour's history. */
	public record StateChangeView(@Nullable TourState from, TourState to, @Nullable String reason, String by,
			Instant at) {

	}

}
