package io.cocareer.tour.tracking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.tracking.CheckInStatus;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A check-in on a running tour: where it stands (progress, status, milestones) and a note from
 * each side. Either side opens it with their note; the other completes it by adding theirs. Each
 * side writes only its own note.
 */
@Entity
@Table(name = "tour_check_in")
public class CheckIn {

	public static final int MAX_NOTE = 4000;

	public static final int MAX_MILESTONES = 20;

	public static final int MAX_MILESTONE = 300;

	@Id
	private UUID id;

	private UUID tourId;

	private LocalDate heldOn;

	private int progress;

	@Enumerated(EnumType.STRING)
	private CheckInStatus status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "tour_check_in_milestone", joinColumns = @JoinColumn(name = "check_in_id"))
	@OrderColumn(name = "position")
	private List<Milestone> milestones = new ArrayList<>();

	private String talentNote;

	private Instant talentNotedAt;

	private String managerNote;

	private UUID managerNotedByPersonId;

	/** Only for a writer who is no person: for a person, the name is looked up. */
	private String managerNotedBy;

	private Instant managerNotedAt;

	private UUID createdByPersonId;

	/** Only for a writer who is no person. */
	private String createdByName;

	private Instant createdAt;

	@Version
	private long version;

	protected CheckIn() {
		// for JPA
	}

	/** One milestone of the check-in: what, and whether it is done. */
	@Embeddable
	public record Milestone(String text, boolean done) {

	}

	/**
	 * Opens a check-in on a running tour.
	 * @param talentSide whether the talent writes it (else the manager or talent lead, for the organisation)
	 */
	public static CheckIn open(UUID tourId, LocalDate heldOn, Integer progress, CheckInStatus status,
			List<Milestone> milestones, String note, boolean talentSide, ActedBy by, Instant now) {
		if (heldOn == null) {
			throw new InvalidInput("heldOn", "tour.field.required", "Required");
		}
		if (progress == null) {
			throw new InvalidInput("progress", "tour.field.required", "Required");
		}
		if (progress < 0 || progress > 100) {
			throw new InvalidInput("progress", "tour.checkIn.progressRange", "Between 0 and 100 %");
		}
		if (status == null) {
			throw new InvalidInput("status", "tour.field.required", "Required");
		}
		CheckIn checkIn = new CheckIn();
		checkIn.id = UUID.randomUUID();
		checkIn.tourId = tourId;
		checkIn.heldOn = heldOn;
		checkIn.progress = progress;
		checkIn.status = status;
		checkIn.milestones = new ArrayList<>(milestones(milestones));
		checkIn.createdByPersonId = PersonId.valueOf(by.personId());
		checkIn.createdByName = by.accountName();
		checkIn.createdAt = now;
		checkIn.writeNote(note, talentSide, by, now);
		return checkIn;
	}

	private static List<Milestone> milestones(List<Milestone> given) {
		List<Milestone> clean = new ArrayList<>();
		for (Milestone milestone : (given != null) ? given : List.<Milestone>of()) {
			String text = (milestone == null || milestone.text() == null) ? "" : milestone.text().strip();
			if (text.isEmpty()) {
				continue;
			}
			if (text.length() > MAX_MILESTONE) {
				throw new InvalidInput("milestones", "tour.field.tooLong",
						"At most %d characters".formatted(MAX_MILESTONE), MAX_MILESTONE);
			}
			clean.add(new Milestone(text, milestone.done()));
		}
		if (clean.size() > MAX_MILESTONES) {
			throw new InvalidInput("milestones", "tour.checkIn.tooManyMilestones",
					"At most %d milestones".formatted(MAX_MILESTONES), MAX_MILESTONES);
		}
		return clean;
	}

	/** Writes (or rewrites) one side's note. */
	public void writeNote(String note, boolean talentSide, ActedBy by, Instant now) {
		String clean = (note == null) ? "" : note.strip();
		if (clean.isEmpty()) {
			throw new InvalidInput("note", "tour.field.required", "Required");
		}
		if (clean.length() > MAX_NOTE) {
			throw new InvalidInput("note", "tour.field.tooLong", "At most %d characters".formatted(MAX_NOTE),
					MAX_NOTE);
		}
		if (talentSide) {
			this.talentNote = clean;
			this.talentNotedAt = now;
		}
		else {
			this.managerNote = clean;
			this.managerNotedByPersonId = PersonId.valueOf(by.personId());
			this.managerNotedBy = by.accountName();
			this.managerNotedAt = now;
		}
	}

	/** Both sides have written their note. */
	public boolean complete() {
		return this.talentNote != null && this.managerNote != null;
	}

	public void requireVersion(long expected) {
		if (this.version != expected) {
			throw new OptimisticLockingFailureException(
					"Check-in %s changed in the meantime".formatted(this.id));
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID tourId() {
		return this.tourId;
	}

	public LocalDate heldOn() {
		return this.heldOn;
	}

	public int progress() {
		return this.progress;
	}

	public CheckInStatus status() {
		return this.status;
	}

	public List<Milestone> milestones() {
		return List.copyOf(this.milestones);
	}

	public String talentNote() {
		return this.talentNote;
	}

	public Instant talentNotedAt() {
		return this.talentNotedAt;
	}

	public String managerNote() {
		return this.managerNote;
	}

	/** The manager's side's writer when they are no person ({@link #managerNotedByPersonId()} is then {@code null}). */
	public String managerNotedBy() {
		return this.managerNotedBy;
	}

	public UUID managerNotedByPersonId() {
		return this.managerNotedByPersonId;
	}

	public Instant managerNotedAt() {
		return this.managerNotedAt;
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

	public long version() {
		return this.version;
	}

}
