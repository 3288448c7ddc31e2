package io.cocareer.toolbox.workshop.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.toolbox.workshop.Attendance;
import io.cocareer.toolbox.workshop.Audience;
import io.cocareer.toolbox.workshop.SeatStatus;
import io.cocareer.toolbox.workshop.WorkshopStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The waiting list's rules on the aggregate alone: seats go in order, the rest wait in order;
 * leaving and raising the capacity move the first in line up; the capacity never goes below the
 * enrolled; enrolment closes at the start; it never over-fills, whatever the sequence.
 */
class WorkshopWaitingListTests {

	private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

	private static final Instant START = NOW.plus(Duration.ofDays(7));

	private static Workshop workshop(int capacity) {
		return Workshop.schedule("Plan your next move", null, UUID.randomUUID(), START, 120, "Room 4", null, capacity,
				Audience.EVERYONE, NOW);
	}

	private static List<UUID> people(int n) {
		List<UUID> people = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			people.add(UUID.randomUUID());
		}
		return people;
	}

	private static List<UUID> ids(List<Seat> seats) {
		return seats.stream().map(Seat::personId).toList();
	}

	@Test
	void seatsGoInOrderAndTheRestWaitInTheOrderTheyAsked() {
		Workshop workshop = workshop(2);
		List<UUID> p = people(5);
		assertThat(workshop.enrol(p.get(0), NOW)).isEqualTo(SeatStatus.ENROLLED);
		assertThat(workshop.enrol(p.get(1), NOW)).isEqualTo(SeatStatus.ENROLLED);
		assertThat(workshop.enrol(p.get(2), NOW)).isEqualTo(SeatStatus.WAITING);
		assertThat(workshop.enrol(p.get(3), NOW)).isEqualTo(SeatStatus.WAITING);
		assertThat(workshop.enrol(p.get(4), NOW)).isEqualTo(SeatStatus.WAITING);
		assertThat(ids(workshop.enrolled())).containsExactly(p.get(0), p.get(1));
		assertThat(ids(workshop.waiting())).containsExactly(p.get(2), p.get(3), p.get(4));
		assertThat(workshop.positionOf(p.get(3))).contains(2);
		assertThat(workshop.positionOf(p.get(0))).isEmpty();
		assertThat(workshop.freeSeats()).isZero();
		assertThatThrownBy(() -> workshop.enrol(p.get(0), NOW)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "toolbox.workshop.rule.alreadyEnrolled");
		assertThatThrownBy(() -> workshop.enrol(p.get(4), NOW)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "toolbox.workshop.rule.alreadyWaiting");
	}

	@Test
	void whenSomeoneEnrolledLeavesTheFirstInLineMovesUp() {
		Workshop workshop = workshop(2);
		List<UUID> p = people(4);
		p.forEach((person) -> workshop.enrol(person, NOW));
		assertThat(workshop.leave(p.get(0), NOW)).containsExactly(p.get(2));
		assertThat(ids(workshop.enrolled())).containsExactly(p.get(1), p.get(2));
		assertThat(ids(workshop.waiting())).containsExactly(p.get(3));
		assertThat(workshop.positionOf(p.get(3))).contains(1);
	}

	@Test
	void whenSomeoneWaitingLeavesNobodyMovesUpAndTheLineCloses() {
		Workshop workshop = workshop(1);
		List<UUID> p = people(4);
		p.forEach((person) -> workshop.enrol(person, NOW));
		assertThat(workshop.leave(p.get(2), NOW)).isEmpty();
		assertThat(ids(workshop.waiting())).containsExactly(p.get(1), p.get(3));
		assertThat(workshop.positionOf(p.get(3))).contains(2);
	}

	@Test
	void raisingTheCapacityMovesTheFirstInLineUpInOrder() {
		Workshop workshop = workshop(1);
		List<UUID> p = people(5);
		p.forEach((person) -> workshop.enrol(person, NOW));
		assertThat(workshop.changeCapacity(3, NOW)).containsExactly(p.get(1), p.get(2));
		assertThat(ids(workshop.waiting())).containsExactly(p.get(3), p.get(4));
		assertThat(workshop.changeCapacity(10, NOW)).containsExactly(p.get(3), p.get(4));
		assertThat(workshop.waiting()).isEmpty();
		assertThat(workshop.freeSeats()).isEqualTo(5);
	}

	@Test
	void theCapacityNeverGoesBelowTheEnrolledAndSaysHowManyAre() {
		Workshop workshop = workshop(4);
		people(3).forEach((person) -> workshop.enrol(person, NOW));
		assertThatThrownBy(() -> workshop.changeCapacity(2, NOW)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "toolbox.workshop.rule.capacityBelowEnrolled")
			.hasMessageContaining("3 people are enrolled")
			.satisfies((ex) -> assertThat(((BusinessRuleViolation) ex).arguments()).containsExactly(3L));
		assertThat(workshop.capacity()).isEqualTo(4);
		assertThat(workshop.changeCapacity(3, NOW)).isEmpty();
		assertThatThrownBy(() -> workshop.changeCapacity(0, NOW)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void enrolmentClosesAtTheStartAndACancelledWorkshopTakesNobody() {
		Workshop workshop = workshop(2);
		UUID early = UUID.randomUUID();
		workshop.enrol(early, NOW);
		assertThatThrownBy(() -> workshop.enrol(UUID.randomUUID(), START)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "toolbox.workshop.rule.started");
		assertThatThrownBy(() -> workshop.leave(early, START.plusSeconds(1))).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> workshop.changeCapacity(5, START)).isInstanceOf(BusinessRuleViolation.class);

		Workshop other = workshop(2);
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		other.enrol(a, NOW);
		other.enrol(b, NOW);
		UUID c = UUID.randomUUID();
		other.enrol(c, NOW);
		assertThat(other.cancel(NOW)).containsExactlyInAnyOrder(a, b, c);
		assertThat(other.status()).isEqualTo(WorkshopStatus.CANCELLED);
		assertThatThrownBy(() -> other.enrol(UUID.randomUUID(), NOW)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("code", "toolbox.workshop.rule.cancelled");
	}

	@Test
	void removingSomeoneWhoLeftMovesTheLineUpOnlyBeforeTheStart() {
		Workshop workshop = workshop(1);
		List<UUID> p = people(3);
		p.forEach((person) -> workshop.enrol(person, NOW));
		assertThat(workshop.remove(p.get(0), NOW)).containsExactly(p.get(1));
		assertThat(workshop.remove(p.get(1), START.plusSeconds(60))).as("after the start the line stays").isEmpty();
		assertThat(workshop.enrolled()).isEmpty();
		assertThat(ids(workshop.waiting())).containsExactly(p.get(2));
		assertThat(workshop.remove(UUID.randomUUID(), NOW)).isEmpty();
	}

	@Test
	void attendanceAfterTheStartAndFeedbackOnlyFromAttendeesInRange() {
		Workshop workshop = workshop(3);
		List<UUID> p = people(3);
		p.forEach((person) -> workshop.enrol(person, NOW));
		assertThatThrownBy(() -> workshop.recordAttendance(p.get(0), Attendance.ATTENDED, NOW))
			.hasFieldOrPropertyWithValue("code", "toolbox.workshop.rule.notStarted");
		Instant after = START.plus(Duration.ofHours(3));
		workshop.recordAttendance(p.get(0), Attendance.ATTENDED, after);
		workshop.recordAttendance(p.get(1), Attendance.NO_SHOW, after);
		workshop.giveFeedback(p.get(0), 5, "Useful", after);
		workshop.giveFeedback(p.get(0), 4, null, after);
		assertThat(workshop.feedback()).singleElement().satisfies((f) -> assertThat(f.rating()).isEqualTo(4));
		assertThatThrownBy(() -> workshop.giveFeedback(p.get(1), 3, null, after))
			.hasFieldOrPropertyWithValue("code", "toolbox.workshop.rule.feedbackAttendeesOnly");
		assertThatThrownBy(() -> workshop.giveFeedback(p.get(2), 3, null, after))
			.hasFieldOrPropertyWithValue("code", "toolbox.workshop.rule.feedbackAttendeesOnly");
		assertThatThrownBy(() -> workshop.giveFeedback(p.get(0), 6, null, after)).isInstanceOf(InvalidInput.class)
			.hasFieldOrPropertyWithValue("code", "toolbox.workshop.feedback.ratingRange");
		assertThatThrownBy(() -> workshop.giveFeedback(p.get(0), 0, null, after)).isInstanceOf(InvalidInput.class);
	}

	/** Whatever the sequence of enrolments, departures and capacity changes, it never over-fills and the line stays in order. */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 2026 })
	void neverOverFillsAndKeepsTheLineInOrder(long seed) {
		Random random = new Random(seed);
		Workshop workshop = workshop(1 + random.nextInt(5));
		List<UUID> pool = people(20);
		for (int step = 0; step < 400; step++) {
			UUID person = pool.get(random.nextInt(pool.size()));
			int action = random.nextInt(10);
			try {
				if (action < 6) {
					workshop.enrol(person, NOW);
				}
				else if (action < 9) {
					workshop.leave(person, NOW);
				}
				else {
					workshop.changeCapacity(1 + random.nextInt(8), NOW);
				}
			}
			catch (RuntimeException refused) {
				// already in, not in, or a capacity below the enrolled: refused, nothing changed
			}
			assertThat(workshop.enrolledCount()).isLessThanOrEqualTo(workshop.capacity());
			assertThat(workshop.waiting().isEmpty() || workshop.freeSeats() == 0)
				.as("nobody waits while a seat is free").isTrue();
			List<Seat> line = workshop.waiting();
			for (int i = 1; i < line.size(); i++) {
				assertThat(line.get(i).ordinal()).isGreaterThan(line.get(i - 1).ordinal());
			}
			assertThat(workshop.seats().stream().map(Seat::personId).distinct().count())
				.isEqualTo(workshop.seats().size());
		}
	}

}
