package io.cocareer.tour.tracking.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.tour.tracking.CoachingStatus;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Coaching the talent asked for on a topic: requested, then scheduled with a coach (the manager
 * unless the manager or talent lead chooses someone else), then done with notes.
 */
@Entity
@Table(name = "tour_coaching_session")
public class CoachingSession {

	public static final int MAX_TOPIC = 500;

	public static final int MAX_NOTES = 4000;

	@Id
	private UUID id;

	private UUID tourId;

	private UUID checkInId;

	private String topic;

	private UUID requestedBy;

	private UUID coachId;

	private LocalDateTime scheduledAt;

	@Enumerated(EnumType.STRING)
	private CoachingStatus status;

	private String notes;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected CoachingSession() {
		// for JPA
	}

	public static CoachingSession request(UUID tourId, UUID checkInId, String topic, UUID requestedBy, UUID coachId,
			Instant now) {
		String clean = (topic == null) ? "" : topic.strip();
		if (clean.isEmpty()) {
			throw new InvalidInput("topic", "tour.field.required", "Required");
		}
		if (clean.length() > MAX_TOPIC) {
			throw new InvalidInput("topic", "tour.field.tooLong", "At most %d characters".formatted(MAX_TOPIC),
					MAX_TOPIC);
		}
		CoachingSession session = new CoachingSession();
		session.id = UUID.randomUUID();
		session.tourId = tourId;
		session.checkInId = checkInId;
		session.topic = clean;
		session.requestedBy = requestedBy;
		session.coachId = coachId;
		session.status = CoachingStatus.REQUESTED;
		session.createdAt = now;
		session.updatedAt = now;
		return session;
	}

	/** Sets (or moves) the date and the coach; a session that is done stays as it was. */
	public void schedule(UUID coachId, LocalDateTime at, Instant now) {
		if (this.status == CoachingStatus.DONE) {
			throw new BusinessRuleViolation("tour.coaching.done", "This coaching session is done");
		}
		if (at == null) {
			throw new InvalidInput("scheduledAt", "tour.field.required", "Required");
		}
		this.coachId = coachId;
		this.scheduledAt = at;
		this.status = CoachingStatus.SCHEDULED;
		this.updatedAt = now;
	}

	/** The session took place; the notes say what came of it. */
	public void markDone(String notes, Instant now) {
		if (this.status != CoachingStatus.SCHEDULED) {
			throw new BusinessRuleViolation("tour.coaching.notScheduled",
					"Schedule the session before marking it done");
		}
		String clean = (notes == null) ? null : notes.strip();
		if (clean != null && clean.length() > MAX_NOTES) {
			throw new InvalidInput("notes", "tour.field.tooLong", "At most %d characters".formatted(MAX_NOTES),
					MAX_NOTES);
		}
		this.notes = (clean == null || clean.isEmpty()) ? null : clean;
		this.status = CoachingStatus.DONE;
		this.updatedAt = now;
	}

	public void requireVersion(long expected) {
		if (this.version != expected) {
			throw new OptimisticLockingFailureException("Coaching session %s changed in the meantime".formatted(this.id));
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID tourId() {
		return this.tourId;
	}

	public UUID checkInId() {
		return this.checkInId;
	}

	public String topic() {
		return this.topic;
	}

	public UUID requestedBy() {
		return this.requestedBy;
	}

	public UUID coachId() {
		return this.coachId;
	}

	public LocalDateTime scheduledAt() {
		return this.scheduledAt;
	}

	public CoachingStatus status() {
		return this.status;
	}

	public String notes() {
		return this.notes;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return this.version;
	}

}
