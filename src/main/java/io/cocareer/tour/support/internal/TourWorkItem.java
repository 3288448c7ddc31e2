package io.cocareer.tour.support.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Label;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.Impact;
import io.cocareer.tour.support.WorkItemKind;
import io.cocareer.tour.support.WorkItemStatus;

/**
 * A resource request or an obstacle of a running tour, with its owner and date. Its rules: a
 * request says why, an obstacle its impact; declining and resolving say why or how; a closed
 * item (provided, declined, resolved) is final; an open one past its date is overdue.
 */
@Entity
@Table(name = "tour_work_item")
public class TourWorkItem {

	public static final int MAX_WHAT = 300;

	public static final int MAX_TEXT = 2000;

	@Id
	private UUID id;

	private UUID tourId;

	@Enumerated(EnumType.STRING)
	private WorkItemKind kind;

	private String title;

	private String reason;

	@Enumerated(EnumType.STRING)
	private Impact impact;

	private UUID ownerId;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private WorkItemStatus status;

	private String statusNote;

	private Instant escalatedAt;

	private UUID createdByPersonId;

	/** Only for a writer who is no person: for a person, the name is looked up. */
	private String createdByName;

	private Instant createdAt;

	private UUID updatedByPersonId;

	/** Only for a writer who is no person. */
	private String updatedByName;

	private Instant updatedAt;

	@Version
	private long version;

	protected TourWorkItem() {
		// for JPA
	}

	/** A new item in its kind's first status (requested, or open). */
	public static TourWorkItem raise(UUID tourId, WorkItemKind kind, String what, String why, Impact impact,
			UUID ownerId, LocalDate dueOn, LocalDate today, ActedBy by, Instant now) {
		if (kind == null) {
			throw new InvalidInput("kind", "tour.field.required", "Required");
		}
		TourWorkItem item = new TourWorkItem();
		item.id = UUID.randomUUID();
		item.tourId = tourId;
		item.kind = kind;
		item.status = kind.initial();
		item.createdByPersonId = PersonId.valueOf(by.personId());
		item.createdByName = by.accountName();
		item.createdAt = now;
		item.describe(what, why, impact, ownerId, dueOn, today);
		item.updatedByPersonId = PersonId.valueOf(by.personId());
		item.updatedByName = by.accountName();
		item.updatedAt = now;
		return item;
	}

	/** Changes what it is, who owns it, its date and its status, as long as it is open. */
	public void revise(String what, String why, Impact impact, UUID ownerId, LocalDate dueOn, WorkItemStatus status,
			String statusNote, LocalDate today, ActedBy by, Instant now) {
		if (this.status.closed()) {
			throw new BusinessRuleViolation("tour.work.closed",
					"This item is %s and can no longer be changed".formatted(this.status.name().toLowerCase()),
					Label.of(this.status.messageKey(), this.status.name().toLowerCase()));
		}
		if (status == null) {
			throw new InvalidInput("status", "tour.field.required", "Required");
		}
		if (!this.kind.statuses().contains(status)) {
			throw new InvalidInput("status", "tour.work.statusOfOtherKind",
					"A %s cannot be %s".formatted(this.kind.name().toLowerCase(), status.name().toLowerCase()),
					Label.of(this.kind.messageKey(), this.kind.name().toLowerCase()),
					Label.of(status.messageKey(), status.name().toLowerCase()));
		}
		String note = clean(statusNote, "statusNote", MAX_TEXT);
		if (status.needsNote() && note == null) {
			throw new InvalidInput("statusNote", "tour.work.noteRequired",
					"Say why it is declined, or how it was resolved");
		}
		LocalDate checkFrom = (dueOn != null && dueOn.equals(this.dueOn)) ? null : today;
		describe(what, why, impact, ownerId, dueOn, checkFrom);
		this.status = status;
		this.statusNote = note;
		this.updatedByPersonId = PersonId.valueOf(by.personId());
		this.updatedByName = by.accountName();
		this.updatedAt = now;
	}

	/** @param today the earliest date allowed, or {@code null} when the date did not change */
	private void describe(String what, String why, Impact impact, UUID ownerId, LocalDate dueOn, LocalDate today) {
		String cleanWhat = clean(what, "what", MAX_WHAT);
		if (cleanWhat == null) {
			throw new InvalidInput("what", "tour.field.required", "Required");
		}
		String cleanWhy = clean(why, "why", MAX_TEXT);
		if (this.kind == WorkItemKind.RESOURCE && cleanWhy == null) {
			throw new InvalidInput("why", "tour.field.required", "Required");
		}
		if (this.kind == WorkItemKind.OBSTACLE && impact == null) {
			throw new InvalidInput("impact", "tour.field.required", "Required");
		}
		if (ownerId == null) {
			throw new InvalidInput("ownerId", "tour.field.required", "Required");
		}
		if (dueOn == null) {
			throw new InvalidInput("dueOn", "tour.field.required", "Required");
		}
		if (today != null && dueOn.isBefore(today)) {
			throw new InvalidInput("dueOn", "tour.work.dueInPast", "The date cannot be in the past");
		}
		this.title = cleanWhat;
		this.reason = cleanWhy;
		this.impact = (this.kind == WorkItemKind.OBSTACLE) ? impact : null;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
	}

	private static String clean(String text, String field, int max) {
		String clean = (text == null) ? "" : text.strip();
		if (clean.length() > max) {
			throw new InvalidInput(field, "tour.field.tooLong", "At most %d characters".formatted(max), max);
		}
		return clean.isEmpty() ? null : clean;
	}

	/** Open and past its date. */
	public boolean overdue(LocalDate today) {
		return !this.status.closed() && this.dueOn.isBefore(today);
	}

	public UUID id() {
		return this.id;
	}

	public UUID tourId() {
		return this.tourId;
	}

	public WorkItemKind kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public String reason() {
		return this.reason;
	}

	public Impact impact() {
		return this.impact;
	}

	public UUID ownerId() {
		return this.ownerId;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public WorkItemStatus status() {
		return this.status;
	}

	public String statusNote() {
		return this.statusNote;
	}

	public Instant escalatedAt() {
		return this.escalatedAt;
	}

	/** The writer's name when they are no person ({@link #createdByPersonId()} is then {@code null}). */
	public String createdByName() {
		return this.createdByName;
	}

	public UUID createdByPersonId() {
		return this.createdByPersonId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/** The last writer's name when they are no person. */
	public String updatedByName() {
		return this.updatedByName;
	}

	public UUID updatedByPersonId() {
		return this.updatedByPersonId;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

}
