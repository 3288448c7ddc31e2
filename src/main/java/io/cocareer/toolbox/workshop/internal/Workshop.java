package io.cocareer.toolbox.workshop.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.toolbox.workshop.Attendance;
import io.cocareer.toolbox.workshop.Audience;
import io.cocareer.toolbox.workshop.SeatStatus;
import io.cocareer.toolbox.workshop.WorkshopStatus;

/**
 * A career planning workshop and the rules of its seats: at most {@code capacity} people are
 * enrolled; whoever comes when it is full waits in line (by the order they asked); when a seat
 * frees (someone leaves, the capacity is raised) the first in line moves up on their own.
 * Enrolment closes at the start. The capacity never goes below the number enrolled. Changes to the
 * seats are made under a row lock on the workshop ({@link Workshops#lockById}), so two people
 * taking the last seat at once never over-fill it; the version guards the details against two
 * people editing them at once, and seat changes leave it alone. Its collections load 50 workshops'
 * at a time, so the list costs a few statements, not one per workshop.
 */
@Entity
@Table(name = "toolbox_workshop")
public class Workshop {

	@Id
	private UUID id;

	private String title;

	private String description;

	private UUID facilitatorId;

	private Instant startsAt;

	private int durationMinutes;

	private String place;

	private String videoLink;

	private int capacity;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@Enumerated(EnumType.STRING)
	private WorkshopStatus status;

	private Instant cancelledAt;

	private int lastOrdinal;

	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "workshop_id", nullable = false)
	@OrderBy("ordinal")
	@OptimisticLock(excluded = true)
	@BatchSize(size = 50)
	private List<Seat> seats = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "workshop_id", nullable = false)
	@OrderBy("addedAt")
	@OptimisticLock(excluded = true)
	@BatchSize(size = 50)
	private List<Material> materials = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "workshop_id", nullable = false)
	@OrderBy("givenAt")
	@OptimisticLock(excluded = true)
	@BatchSize(size = 50)
	private List<Feedback> feedback = new ArrayList<>();

	// a wrapper: null until stored, so that saving a new workshop persists it
	@Version
	private Long version;

	protected Workshop() {
		// for JPA
	}

	/** A new workshop, scheduled; its details are checked by the service before. */
	public static Workshop schedule(String title, String description, UUID facilitatorId, Instant startsAt,
			int durationMinutes, String place, String videoLink, int capacity, Audience audience, Instant now) {
		Workshop workshop = new Workshop();
		workshop.id = UUID.randomUUID();
		workshop.status = WorkshopStatus.SCHEDULED;
		workshop.createdAt = now;
		workshop.describe(title, description, facilitatorId, startsAt, durationMinutes, place, videoLink, audience);
		if (capacity < 1) {
			throw new InvalidInput("capacity", "toolbox.workshop.capacity.min", "There is at least one seat");
		}
		workshop.capacity = capacity;
		return workshop;
	}

	/** Changes what it is, when and where (not its capacity: {@link #changeCapacity}). */
	public void describe(String title, String description, UUID facilitatorId, Instant startsAt, int durationMinutes,
			String place, String videoLink, Audience audience) {
		this.title = title;
		this.description = description;
		this.facilitatorId = facilitatorId;
		this.startsAt = startsAt;
		this.durationMinutes = durationMinutes;
		this.place = place;
		this.videoLink = videoLink;
		this.audience = audience;
	}

	// ---------------------------------------------------------------- seats

	/**
	 * Enrols the person, or puts them in line when every seat is taken.
	 * @return the place they got
	 */
	public SeatStatus enrol(UUID personId, Instant now) {
		requireOpen(now);
		Optional<Seat> existing = seatOf(personId);
		if (existing.isPresent()) {
			throw existing.get().enrolled()
					? new BusinessRuleViolation("toolbox.workshop.rule.alreadyEnrolled", "Already enrolled")
					: new BusinessRuleViolation("toolbox.workshop.rule.alreadyWaiting", "Already on the waiting list");
		}
		SeatStatus status = (enrolledCount() < this.capacity) ? SeatStatus.ENROLLED : SeatStatus.WAITING;
		this.lastOrdinal++;
		this.seats.add(new Seat(personId, status, this.lastOrdinal, now));
		return status;
	}

	/**
	 * The person gives up their seat or their place in line; the first in line moves up.
	 * @return who moved up to a seat
	 */
	public List<UUID> leave(UUID personId, Instant now) {
		requireOpen(now);
		Seat seat = seatOf(personId).orElseThrow(() -> new NotFoundException("toolbox.workshop.seat.notFound",
				"This person is neither enrolled nor waiting"));
		this.seats.remove(seat);
		return moveUp();
	}

	/**
	 * The person's seat or place in line goes whatever the time (they left the organisation or were
	 * erased); the line moves up only while the workshop is still to come.
	 * @return who moved up to a seat
	 */
	public List<UUID> remove(UUID personId, Instant now) {
		boolean removed = this.seats.removeIf((s) -> s.personId().equals(personId));
		if (!removed || !open(now)) {
			return List.of();
		}
		return moveUp();
	}

	/**
	 * Sets the number of seats: never below the number enrolled; a raise moves the first in line up.
	 * @return who moved up to a seat
	 */
	public List<UUID> changeCapacity(int capacity, Instant now) {
		if (capacity == this.capacity) {
			return List.of();
		}
		if (capacity < 1) {
			throw new InvalidInput("capacity", "toolbox.workshop.capacity.min", "There is at least one seat");
		}
		requireOpen(now);
		long enrolled = enrolledCount();
		if (capacity < enrolled) {
			throw new BusinessRuleViolation("toolbox.workshop.rule.capacityBelowEnrolled",
					"%d people are enrolled: the capacity cannot be lower than that".formatted(enrolled), enrolled);
		}
		this.capacity = capacity;
		return moveUp();
	}

	/** While there is a free seat, the first in line takes it. */
	private List<UUID> moveUp() {
		List<UUID> movedUp = new ArrayList<>();
		while (enrolledCount() < this.capacity) {
			Optional<Seat> first = waiting().stream().findFirst();
			if (first.isEmpty()) {
				break;
			}
			first.get().moveUp();
			movedUp.add(first.get().personId());
		}
		return movedUp;
	}

	/**
	 * Calls it off, until it starts.
	 * @return everyone enrolled or waiting, to be told
	 */
	public List<UUID> cancel(Instant now) {
		requireOpen(now);
		this.status = WorkshopStatus.CANCELLED;
		this.cancelledAt = now;
		return this.seats.stream().map(Seat::personId).toList();
	}

	// ---------------------------------------------------------------- after the start

	/** Records whether an enrolled person came; from the start on. */
	public void recordAttendance(UUID personId, Attendance attendance, Instant now) {
		requireHeld(now);
		Seat seat = seatOf(personId).filter(Seat::enrolled)
			.orElseThrow(() -> new NotFoundException("toolbox.workshop.seat.notEnrolled", "This person was not enrolled"));
		seat.record(attendance);
	}

	/** An attendee's rating and comment; given again, it replaces the first. */
	public void giveFeedback(UUID personId, int rating, String comment, Instant now) {
		if (rating < 1 || rating > 5) {
			throw new InvalidInput("rating", "toolbox.workshop.feedback.ratingRange", "Give a rating from 1 to 5", 1, 5);
		}
		boolean attended = seatOf(personId).map((s) -> s.attendance() == Attendance.ATTENDED).orElse(false);
		if (!attended || this.status != WorkshopStatus.SCHEDULED) {
			throw new BusinessRuleViolation("toolbox.workshop.rule.feedbackAttendeesOnly",
					"Feedback comes from those who attended");
		}
		Optional<Feedback> given = feedbackOf(personId);
		if (given.isPresent()) {
			given.get().change(rating, comment, now);
		}
		else {
			this.feedback.add(new Feedback(personId, rating, comment, now));
		}
	}

	public Material addMaterial(String title, String link, String body, Instant now) {
		if (this.status != WorkshopStatus.SCHEDULED) {
			throw cancelled();
		}
		Material material = new Material(title, link, body, now);
		this.materials.add(material);
		return material;
	}

	public void removeMaterial(UUID materialId) {
		if (!this.materials.removeIf((m) -> m.id().equals(materialId))) {
			throw new NotFoundException("toolbox.workshop.material.notFound", "There is no such material");
		}
	}

	/** The person's feedback goes (they were erased); the others' stays. */
	public boolean forgetFeedbackOf(UUID personId) {
		return this.feedback.removeIf((f) -> f.personId().equals(personId));
	}

	/** The facilitator was erased: the talent lead runs it until another is named. */
	public void forgetFacilitator() {
		this.facilitatorId = null;
	}

	// ---------------------------------------------------------------- rules on time

	/** Open for enrolment: scheduled and not started yet. */
	public boolean open(Instant now) {
		return this.status == WorkshopStatus.SCHEDULED && now.isBefore(this.startsAt);
	}

	public boolean started(Instant now) {
		return !now.isBefore(this.startsAt);
	}

	public Instant endsAt() {
		return this.startsAt.plus(Duration.ofMinutes(this.durationMinutes));
	}

	public void requireOpen(Instant now) {
		if (this.status == WorkshopStatus.CANCELLED) {
			throw cancelled();
		}
		if (started(now)) {
			throw new BusinessRuleViolation("toolbox.workshop.rule.started",
					"The workshop has started: enrolment and changes closed at the start");
		}
	}

	private void requireHeld(Instant now) {
		if (this.status == WorkshopStatus.CANCELLED) {
			throw cancelled();
		}
		if (!started(now)) {
			throw new BusinessRuleViolation("toolbox.workshop.rule.notStarted",
					"Attendance is recorded once the workshop has started");
		}
	}

	private static BusinessRuleViolation cancelled() {
		return new BusinessRuleViolation("toolbox.workshop.rule.cancelled", "This workshop is cancelled");
	}

	/** For the demo: the workshop moves back in time by the days. */
	void backdate(int days) {
		Duration back = Duration.ofDays(days);
		this.startsAt = this.startsAt.minus(back);
		this.createdAt = this.createdAt.minus(back);
		this.cancelledAt = (this.cancelledAt != null) ? this.cancelledAt.minus(back) : null;
		this.seats.forEach((s) -> s.backdate(back));
	}

	// ---------------------------------------------------------------- reading

	public Optional<Seat> seatOf(UUID personId) {
		return this.seats.stream().filter((s) -> s.personId().equals(personId)).findFirst();
	}

	public Optional<Feedback> feedbackOf(UUID personId) {
		return this.feedback.stream().filter((f) -> f.personId().equals(personId)).findFirst();
	}

	/** The enrolled, in the order they asked. */
	public List<Seat> enrolled() {
		return this.seats.stream().filter(Seat::enrolled).sorted(Comparator.comparingInt(Seat::ordinal)).toList();
	}

	/** The waiting list, first in line first. */
	public List<Seat> waiting() {
		return this.seats.stream().filter(Seat::waiting).sorted(Comparator.comparingInt(Seat::ordinal)).toList();
	}

	/** The person's place in line, from 1; empty when they are not waiting. */
	public Optional<Integer> positionOf(UUID personId) {
		List<Seat> line = waiting();
		for (int i = 0; i < line.size(); i++) {
			if (line.get(i).personId().equals(personId)) {
				return Optional.of(i + 1);
			}
		}
		return Optional.empty();
	}

	public long enrolledCount() {
		return this.seats.stream().filter(Seat::enrolled).count();
	}

	public long waitingCount() {
		return this.seats.stream().filter(Seat::waiting).count();
	}

	public long freeSeats() {
		return Math.max(0, this.capacity - enrolledCount());
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public UUID facilitatorId() {
		return this.facilitatorId;
	}

	public Instant startsAt() {
		return this.startsAt;
	}

	public int durationMinutes() {
		return this.durationMinutes;
	}

	public String place() {
		return this.place;
	}

	public String videoLink() {
		return this.videoLink;
	}

	public int capacity() {
		return this.capacity;
	}

	public Audience audience() {
		return this.audience;
	}

	public WorkshopStatus status() {
		return this.status;
	}

	public Instant cancelledAt() {
		return this.cancelledAt;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public List<Seat> seats() {
		return List.copyOf(this.seats);
	}

	public List<Material> materials() {
		return List.copyOf(this.materials);
	}

	public List<Feedback> feedback() {
		return List.copyOf(this.feedback);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
