package io.cocareer.tour.internal;

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
import io.cocareer.shared.Days;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourType;

/**
 * A tour of duty: a talent's time-boxed mission, with their manager, usually made of a work
 * package. Owns its lifecycle: every move of {@link TourState} happens through one method here,
 * and an illegal one is refused with the state it is in.
 */
@Entity
@Table(name = "tour")
public class Tour {

	public static final int MAX_TITLE = 160;

	public static final int MAX_REASON = 1000;

	public static final int MIN_TIME_SHARE = 5;

	public static final int MAX_TIME_SHARE = 100;

	public static final int MIN_CADENCE = 7;

	public static final int MAX_CADENCE = 90;

	public static final int DEFAULT_CADENCE = 14;

	@Id
	private UUID id;

	private String title;

	private UUID talentId;

	private UUID managerId;

	private UUID workPackageId;

	@Enumerated(EnumType.STRING)
	private TourType tourType;

	@Enumerated(EnumType.STRING)
	private TourState state;

	private LocalDate startOn;

	private LocalDate endOn;

	private int timeShare;

	private int checkInCadenceDays;

	private LocalDate nextConversationOn;

	private String endedReason;

	private LocalDate endedOn;

	private LocalDate closingStartedOn;

	private String earlyEndReason;

	private UUID createdByAccount;

	private UUID createdByPersonId;

	/** Only for a proposer who is no person: for a person, the name is looked up. */
	private String createdByName;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Tour() {
		// for JPA
	}

	/** A new tour in DRAFT, after checking all of its terms. */
	public static Tour propose(UUID talentId, UUID managerId, UUID workPackageId, String title, TourType tourType,
			Terms terms, UUID byAccount, ActedBy by, Instant now) {
		if (tourType == null) {
			throw new InvalidInput("tourType", "tour.field.required", "Required");
		}
		Tour tour = new Tour();
		tour.id = UUID.randomUUID();
		tour.talentId = talentId;
		tour.managerId = managerId;
		tour.workPackageId = workPackageId;
		tour.title = title(title);
		tour.tourType = tourType;
		tour.state = TourState.DRAFT;
		tour.createdByAccount = byAccount;
		tour.createdByPersonId = PersonId.valueOf(by.personId());
		tour.createdByName = by.accountName();
		tour.createdAt = now;
		tour.applyTerms(terms, now);
		return tour;
	}

	/** When, how much and how often: checked together, since each bound depends on another. */
	public record Terms(LocalDate startOn, LocalDate endOn, Integer timeShare, Integer checkInCadenceDays) {

		public Terms {
			if (startOn == null) {
				throw new InvalidInput("startOn", "tour.field.required", "Required");
			}
			if (endOn == null) {
				throw new InvalidInput("endOn", "tour.field.required", "Required");
			}
			if (!endOn.isAfter(startOn)) {
				throw new InvalidInput("endOn", "tour.field.endBeforeStart", "The end must come after the start");
			}
			if (timeShare == null) {
				throw new InvalidInput("timeShare", "tour.field.required", "Required");
			}
			if (timeShare < MIN_TIME_SHARE || timeShare > MAX_TIME_SHARE) {
				throw new InvalidInput("timeShare", "tour.field.range", "Between %d and %d".formatted(MIN_TIME_SHARE,
						MAX_TIME_SHARE), MIN_TIME_SHARE, MAX_TIME_SHARE);
			}
			if (checkInCadenceDays == null) {
				checkInCadenceDays = DEFAULT_CADENCE;
			}
			if (checkInCadenceDays < MIN_CADENCE || checkInCadenceDays > MAX_CADENCE) {
				throw new InvalidInput("checkInCadenceDays", "tour.field.range",
						"Between %d and %d".formatted(MIN_CADENCE, MAX_CADENCE), MIN_CADENCE, MAX_CADENCE);
			}
		}

	}

	private static String title(String title) {
		String clean = (title == null) ? "" : title.strip();
		if (clean.isEmpty()) {
			throw new InvalidInput("title", "tour.field.required", "Required");
		}
		if (clean.length() > MAX_TITLE) {
			throw new InvalidInput("title", "tour.field.tooLong", "At most %d characters".formatted(MAX_TITLE),
					MAX_TITLE);
		}
		return clean;
	}

	/**
	 * Sets when the tour runs, its share of the week and its check-in cadence: while it is shaped,
	 * and when a signed agreement or amendment makes new terms binding. A finished tour is final.
	 */
	public void applyTerms(Terms terms, Instant now) {
		requireNotFinished();
		this.startOn = terms.startOn();
		this.endOn = terms.endOn();
		this.timeShare = terms.timeShare();
		this.checkInCadenceDays = terms.checkInCadenceDays();
		this.updatedAt = now;
	}

	public void rename(String title, Instant now) {
		requireNotFinished();
		this.title = title(title);
		this.updatedAt = now;
	}

	/** The date by which manager and talent talk about what comes after this tour. */
	public void scheduleNextConversation(LocalDate on, Instant now) {
		if (on != null && (on.isAfter(this.endOn))) {
			throw new InvalidInput("nextConversationOn", "tour.field.nextConversationAfterEnd",
					"The next-tour conversation must come before the tour ends");
		}
		this.nextConversationOn = on;
		this.updatedAt = now;
	}

	// ---- lifecycle: one method per move ------------------------------------------------------

	/** Talent and manager start drafting the mission. */
	public TourState startConversation(Instant now) {
		return move(TourState.IN_CONVERSATION, now);
	}

	/** The agreement is complete and goes out for both signatures. */
	public TourState awaitSignatures(Instant now) {
		return move(TourState.AWAITING_SIGNATURES, now);
	}

	/** Someone asked for a change before both signed: back to the conversation. */
	public TourState reopenConversation(Instant now) {
		return move(TourState.IN_CONVERSATION, now);
	}

	/** Moves the tour to active, whatever the date: for tests and for {@link #signedByBoth}. */
	public TourState activate(Instant now) {
		return move(TourState.ACTIVE, now);
	}

	/**
	 * Both signed: the tour runs from today if its start date has come, and otherwise waits as
	 * signed until then (see {@link #begin}).
	 */
	public TourState signedByBoth(LocalDate today, Instant now) {
		return today.isBefore(this.startOn) ? move(TourState.SIGNED, now) : move(TourState.ACTIVE, now);
	}

	/** A signed tour whose start date has come begins to run. */
	public TourState begin(LocalDate today, Instant now) {
		if (this.state == TourState.SIGNED && today.isBefore(this.startOn)) {
			throw new BusinessRuleViolation("tour.notStarted", "The tour starts on %s".formatted(day(this.startOn)),
					day(this.startOn));
		}
		return move(TourState.ACTIVE, now);
	}

	/** Whether the tour is signed and its start date has come. */
	public boolean dueToBegin(LocalDate today) {
		return this.state == TourState.SIGNED && !today.isBefore(this.startOn);
	}

	/**
	 * Starts the closing review. Before the end date it is an early end and needs a reason that
	 * everyone involved reads; on or after the end date a reason is not asked for (and not kept).
	 */
	public TourState startClosingReview(String earlyReason, LocalDate today, Instant now) {
		requireMayMoveTo(TourState.IN_CLOSING_REVIEW);
		String clean = null;
		if (today.isBefore(this.endOn)) {
			clean = (earlyReason == null) ? "" : earlyReason.strip();
			if (clean.isEmpty()) {
				throw new InvalidInput("earlyEndReason", "tour.closing.earlyReasonRequired",
						"The tour ends on %s: say why it ends early".formatted(day(this.endOn)), day(this.endOn));
			}
			if (clean.length() > MAX_REASON) {
				throw new InvalidInput("earlyEndReason", "tour.field.tooLong",
						"At most %d characters".formatted(MAX_REASON), MAX_REASON);
			}
		}
		TourState from = move(TourState.IN_CLOSING_REVIEW, now);
		this.closingStartedOn = today;
		this.earlyEndReason = clean;
		return from;
	}

	/** Whether a closing review started today would be an early end (and need a reason). */
	public boolean closingWouldBeEarly(LocalDate today) {
		return today.isBefore(this.endOn);
	}

	/** The closing review is recorded. */
	public TourState complete(Instant now) {
		return move(TourState.COMPLETED, now);
	}

	/** Ends the tour before its closing review, for a reason everyone involved can read. */
	public TourState endEarly(String reason, LocalDate on, Instant now) {
		String clean = (reason == null) ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw new InvalidInput("reason", "tour.field.required", "Required");
		}
		if (clean.length() > MAX_REASON) {
			throw new InvalidInput("reason", "tour.field.tooLong", "At most %d characters".formatted(MAX_REASON),
					MAX_REASON);
		}
		TourState from = move(TourState.ENDED_EARLY, now);
		this.endedReason = clean;
		this.endedOn = on;
		return from;
	}

	private TourState move(TourState target, Instant now) {
		requireMayMoveTo(target);
		TourState from = this.state;
		this.state = target;
		this.updatedAt = now;
		return from;
	}

	private void requireMayMoveTo(TourState target) {
		if (!this.state.mayMoveTo(target)) {
			throw new BusinessRuleViolation("tour.illegalTransition",
					"A tour that is %s cannot become %s".formatted(this.state.label(), target.label()),
					this.state.label(), target.label());
		}
	}

	private static String day(LocalDate date) {
		return Days.format(date);
	}

	private void requireNotFinished() {
		if (this.state.finished()) {
			throw new BusinessRuleViolation("tour.finished", "A finished tour can no longer be changed");
		}
	}

	/** The part of the talent's week this tour holds, for the 100 % rule and for availability. */
	public TimeShareLoad.Commitment commitment() {
		return new TimeShareLoad.Commitment(this.id, this.title, this.startOn, this.endOn, this.timeShare);
	}

	/** Whether this tour's committed interval overlaps [from, to]. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return !this.startOn.isAfter(to) && !this.endOn.isBefore(from);
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public UUID managerId() {
		return this.managerId;
	}

	public UUID workPackageId() {
		return this.workPackageId;
	}

	public TourType tourType() {
		return this.tourType;
	}

	public TourState state() {
		return this.state;
	}

	public LocalDate startOn() {
		return this.startOn;
	}

	public LocalDate endOn() {
		return this.endOn;
	}

	public int timeShare() {
		return this.timeShare;
	}

	public int checkInCadenceDays() {
		return this.checkInCadenceDays;
	}

	public LocalDate nextConversationOn() {
		return this.nextConversationOn;
	}

	public String endedReason() {
		return this.endedReason;
	}

	public LocalDate endedOn() {
		return this.endedOn;
	}

	/** The day the closing review started, if it did. */
	public LocalDate closingStartedOn() {
		return this.closingStartedOn;
	}

	/** Why the closing review started before the end date; {@code null} when it did not. */
	public String earlyEndReason() {
		return this.earlyEndReason;
	}

	public UUID createdByAccount() {
		return this.createdByAccount;
	}

	/** The proposer's name when they are no person ({@link #createdByPersonId()} is then {@code null}). */
	public String createdByName() {
		return this.createdByName;
	}

	public UUID createdByPersonId() {
		return this.createdByPersonId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

}
