package io.cocareer.tour.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.Participation;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** What the tour's one access policy says about moves by hand and the plan, for the lifecycle and the tour's page alike. */
class TourGuardTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final LocalDate START = LocalDate.of(2027, 1, 1);

	private final TourGuard guard = new TourGuard(mock(TourRepository.class));

	@Test
	void onlyTheConversationsStartTheClosingReviewsStartAndEndingEarlyAreMovesByHand() {
		assertThat(EnumSet.allOf(TourState.class).stream().filter(TourState::byHand))
			.containsExactlyInAnyOrder(TourState.IN_CONVERSATION, TourState.IN_CLOSING_REVIEW, TourState.ENDED_EARLY);
		for (Participation viewer : Participation.values()) {
			assertThat(this.guard.mayMoveByHand(viewer, TourState.ACTIVE)).as("signing makes a tour active").isFalse();
			assertThat(this.guard.mayMoveByHand(viewer, TourState.COMPLETED)).as("the closing review completes it")
				.isFalse();
		}
	}

	@Test
	void theTalentMovesByHandButStartsNoClosingReview() {
		assertThat(this.guard.mayMoveByHand(Participation.TALENT, TourState.IN_CONVERSATION)).isTrue();
		assertThat(this.guard.mayMoveByHand(Participation.TALENT, TourState.ENDED_EARLY)).isTrue();
		assertThat(this.guard.mayMoveByHand(Participation.TALENT, TourState.IN_CLOSING_REVIEW)).isFalse();
		assertThat(this.guard.mayMoveByHand(Participation.MANAGER, TourState.IN_CLOSING_REVIEW)).isTrue();
		assertThat(this.guard.mayMoveByHand(Participation.TALENT_LEAD, TourState.IN_CLOSING_REVIEW)).isTrue();
	}

	@Test
	void theOrganisationsSideChangesThePlanWhileTheTourIsShaped() {
		Tour tour = Tour.propose(UUID.randomUUID(), UUID.randomUUID(), null, "Customer portal", TourType.ROTATIONAL,
				new Tour.Terms(START, START.plusMonths(6), 40, null), UUID.randomUUID(), new ActedBy(PersonId.of(UUID.randomUUID()), null), NOW);
		assertThat(this.guard.mayEditPlan(tour, Participation.MANAGER)).as("a draft").isTrue();
		assertThat(this.guard.mayEditPlan(tour, Participation.TALENT_LEAD)).isTrue();
		assertThat(this.guard.mayEditPlan(tour, Participation.TALENT)).as("the talent shapes it in the mission").isFalse();

		tour.startConversation(NOW);
		assertThat(this.guard.mayEditPlan(tour, Participation.MANAGER)).as("in conversation").isTrue();

		tour.awaitSignatures(NOW);
		assertThat(this.guard.mayEditPlan(tour, Participation.MANAGER)).as("the agreement sets it now").isFalse();
		assertThat(this.guard.mayEditPlan(tour, Participation.TALENT_LEAD)).isFalse();
	}

}
