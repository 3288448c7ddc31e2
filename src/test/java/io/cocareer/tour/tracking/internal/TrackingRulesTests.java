package io.cocareer.tour.tracking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.tracking.CheckInStatus;
import io.cocareer.tour.tracking.CoachingStatus;
import io.cocareer.tour.tracking.WinAudience;
import io.cocareer.tour.tracking.WinState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The status rules of check-ins, coaching sessions and wins. */
class TrackingRulesTests {

	private static final Instant NOW = Instant.parse("2030-01-10T09:00:00Z");

	private static final ActedBy TARA = new ActedBy(PersonId.of(UUID.randomUUID()), null);

	private static final ActedBy MARCO = new ActedBy(PersonId.of(UUID.randomUUID()), null);

	private static final UUID TOUR = UUID.randomUUID();

	@Test
	void aCheckInIsCompleteWhenBothSidesHaveWritten() {
		CheckIn checkIn = CheckIn.open(TOUR, LocalDate.of(2030, 1, 10), 40, CheckInStatus.AT_RISK,
				List.of(new CheckIn.Milestone("  Pilot  ", false), new CheckIn.Milestone(" ", true)), "Slow start", true,
				TARA, NOW);

		assertThat(checkIn.milestones()).containsExactly(new CheckIn.Milestone("Pilot", false));
		assertThat(checkIn.complete()).isFalse();
		checkIn.writeNote("Let us unblock it", false, MARCO, NOW);
		assertThat(checkIn.complete()).isTrue();
		assertThat(checkIn.talentNote()).isEqualTo("Slow start");
		assertThat(checkIn.managerNotedByPersonId()).isEqualTo(MARCO.personId().value());
		assertThat(checkIn.managerNotedBy()).as("a person's name is looked up, not copied").isNull();
	}

	@Test
	void aCheckInNeedsProgressInRangeStatusAndANote() {
		assertThatThrownBy(() -> CheckIn.open(TOUR, LocalDate.of(2030, 1, 10), -1, CheckInStatus.ON_TRACK, null, "x",
				true, TARA, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("progress"));
		assertThatThrownBy(() -> CheckIn.open(TOUR, LocalDate.of(2030, 1, 10), 5, null, null, "x", true, TARA, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("status"));
		assertThatThrownBy(() -> CheckIn.open(TOUR, LocalDate.of(2030, 1, 10), 5, CheckInStatus.ON_TRACK, null, " ",
				true, TARA, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("note"));
	}

	@Test
	void onlyAtRiskAndOffTrackNeedAttention() {
		assertThat(CheckInStatus.ON_TRACK.needsAttention()).isFalse();
		assertThat(CheckInStatus.AT_RISK.needsAttention()).isTrue();
		assertThat(CheckInStatus.OFF_TRACK.needsAttention()).isTrue();
	}

	@Test
	void coachingIsRequestedThenScheduledThenDone() {
		UUID manager = UUID.randomUUID();
		CoachingSession session = CoachingSession.request(TOUR, null, "Negotiation", UUID.randomUUID(), manager, NOW);
		assertThat(session.status()).isEqualTo(CoachingStatus.REQUESTED);
		assertThat(session.coachId()).isEqualTo(manager);

		assertThatThrownBy(() -> session.markDone("early", NOW)).isInstanceOf(BusinessRuleViolation.class);
		UUID coach = UUID.randomUUID();
		session.schedule(coach, LocalDateTime.of(2030, 2, 1, 10, 0), NOW);
		assertThat(session.status()).isEqualTo(CoachingStatus.SCHEDULED);
		assertThat(session.coachId()).isEqualTo(coach);
		session.markDone("Went well", NOW);
		assertThat(session.status()).isEqualTo(CoachingStatus.DONE);
		assertThatThrownBy(() -> session.schedule(coach, LocalDateTime.of(2030, 3, 1, 10, 0), NOW))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void theTalentsWinIsPublishedAtOnceAndTheManagersIsADraftUntilTheTalentPublishesIt() {
		Win talents = Win.publishedByTalent(TOUR, "Pilot live", "Story", LocalDate.of(2030, 1, 9),
				WinAudience.SPONSOR, UUID.randomUUID(), NOW);
		assertThat(talents.state()).isEqualTo(WinState.PUBLISHED);
		assertThat(talents.audience()).isEqualTo(WinAudience.SPONSOR);

		Win managers = Win.proposedByManager(TOUR, "Board demo", "Story", LocalDate.of(2030, 1, 9), UUID.randomUUID(),
				NOW);
		assertThat(managers.state()).isEqualTo(WinState.DRAFT);
		assertThatThrownBy(() -> managers.endorse(UUID.randomUUID(), NOW))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> managers.publish(null, NOW)).isInstanceOf(InvalidInput.class);
		managers.publish(WinAudience.ORGANISATION, NOW);
		assertThat(managers.state()).isEqualTo(WinState.PUBLISHED);
		assertThatThrownBy(() -> managers.publish(WinAudience.SPONSOR, NOW)).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aWinIsEndorsedOnce() {
		Win win = Win.publishedByTalent(TOUR, "Pilot live", "Story", LocalDate.of(2030, 1, 9),
				WinAudience.ORGANISATION, UUID.randomUUID(), NOW);

		UUID sponsor = UUID.randomUUID();
		win.endorse(sponsor, NOW);

		assertThat(win.endorsedBy()).isEqualTo(sponsor);
		assertThat(win.endorsedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> win.endorse(UUID.randomUUID(), NOW))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("tour.win.alreadyEndorsed"));
	}

}
