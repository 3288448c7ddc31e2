package io.cocareer.toolbox.counselling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.toolbox.counselling.FollowUpOwner;
import io.cocareer.toolbox.counselling.SessionStatus;

/**
 * A counselling session between a talent and a counsellor: requested, scheduled (rescheduling
 * bumps the invite's sequence), held with its notes and follow-ups, or cancelled with a reason.
 */
@Entity
@Table(name = "toolbox_counselling_session")
public class CounsellingSession {

	@Id
	private UUID id;

	private UUID talentId;

	private UUID counsellorId;

	private String topic;

	private String agenda;

	@Enumerated(EnumType.STRING)
	private SessionStatus status;

	private LocalDateTime startsAt;

	private LocalDateTime endsAt;

	private String place;

	private String videoLink;

	private int sequence;

	private LocalDate heldOn;

	private String notes;

	private String cancelReason;

	private LocalDate cancelledOn;

	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "session_id", nullable = false)
	@OrderBy("dueOn, createdAt")
	private List<CounsellingFollowUp> followUps = new ArrayList<>();

	// a wrapper: null until stored, so that saving a new session persists it
	@Version
	private Long version;

	protected CounsellingSession() {
		// for JPA
	}

	private CounsellingSession(UUID talentId, UUID counsellorId, String topic, String agenda, Instant now) {
		this.id = UUID.randomUUID();
		this.talentId = talentId;
		this.counsellorId = counsellorId;
		this.topic = topic;
		this.agenda = agenda;
		this.status = SessionStatus.REQUESTED;
		this.createdAt = now;
	}

	public static CounsellingSession requested(UUID talentId, UUID counsellorId, String topic, String agenda,
			Instant now) {
		return new CounsellingSession(talentId, counsellorId, topic, agenda, now);
	}

	/**
	 * Sets its time and place; a session already scheduled is rescheduled (its invite's sequence
	 * goes up when the time or the place changes).
	 * @return whether this was a reschedule of a scheduled session that changed anything
	 */
	public boolean schedule(LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink) {
		requireOpen();
		boolean rescheduled = this.status == SessionStatus.SCHEDULED;
		boolean changed = !startsAt.equals(this.startsAt) || !endsAt.equals(this.endsAt)
				|| !java.util.Objects.equals(place, this.place) || !java.util.Objects.equals(videoLink, this.videoLink);
		if (rescheduled && changed) {
			this.sequence++;
		}
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.videoLink = videoLink;
		this.status = SessionStatus.SCHEDULED;
		return rescheduled && changed;
	}

	public void changeAgenda(String agenda) {
		requireOpen();
		this.agenda = agenda;
	}

	public void markHeld(LocalDate on) {
		if (this.status != SessionStatus.SCHEDULED) {
			throw new BusinessRuleViolation("toolbox.counselling.rule.heldScheduledOnly",
					"Only a scheduled session is held");
		}
		this.status = SessionStatus.HELD;
		this.heldOn = on;
	}

	public void writeNotes(String notes) {
		if (this.status != SessionStatus.HELD) {
			throw new BusinessRuleViolation("toolbox.counselling.rule.notesAfterHeld",
					"Notes are written once the session was held");
		}
		this.notes = notes;
	}

	public void cancel(String reason, LocalDate on) {
		requireOpen();
		if (this.status == SessionStatus.SCHEDULED) {
			this.sequence++;
		}
		this.status = SessionStatus.CANCELLED;
		this.cancelReason = reason;
		this.cancelledOn = on;
	}

	public CounsellingFollowUp addFollowUp(String what, FollowUpOwner owner, LocalDate dueOn, Instant now) {
		if (this.status != SessionStatus.HELD) {
			throw new BusinessRuleViolation("toolbox.counselling.rule.followUpAfterHeld",
					"Follow-ups are agreed once the session was held");
		}
		CounsellingFollowUp followUp = new CounsellingFollowUp(what, owner, dueOn, now);
		this.followUps.add(followUp);
		return followUp;
	}

	public Optional<CounsellingFollowUp> followUp(UUID followUpId) {
		return this.followUps.stream().filter((f) -> f.id().equals(followUpId)).findFirst();
	}

	public void requireOpen() {
		if (!this.status.open()) {
			throw new BusinessRuleViolation("toolbox.counselling.rule.closed",
					"This session was held or cancelled: its time, place and agenda no longer change");
		}
	}

	/** The counsellor was erased: they are no longer named and their notes go. */
	public void forgetCounsellor() {
		this.counsellorId = null;
		this.notes = null;
	}

	/** For the demo: every date moves back by the days. */
	void backdate(int days) {
		this.startsAt = (this.startsAt != null) ? this.startsAt.minusDays(days) : null;
		this.endsAt = (this.endsAt != null) ? this.endsAt.minusDays(days) : null;
		this.heldOn = (this.heldOn != null) ? this.heldOn.minusDays(days) : null;
		this.cancelledOn = (this.cancelledOn != null) ? this.cancelledOn.minusDays(days) : null;
		this.followUps.forEach((f) -> f.backdate(days));
	}

	/** Who does the follow-up: the talent, or the counsellor (null once the counsellor was erased). */
	public UUID ownerOf(CounsellingFollowUp followUp) {
		return (followUp.owner() == FollowUpOwner.TALENT) ? this.talentId : this.counsellorId;
	}

	public long overdueFollowUps(LocalDate today) {
		return (this.status == SessionStatus.HELD) ? this.followUps.stream().filter((f) -> f.overdue(today)).count()
				: 0;
	}

	public UUID id() {
		return this.id;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public UUID counsellorId() {
		return this.counsellorId;
	}

	public String topic() {
		return this.topic;
	}

	public String agenda() {
		return this.agenda;
	}

	public SessionStatus status() {
		return this.status;
	}

	public LocalDateTime startsAt() {
		return this.startsAt;
	}

	public LocalDateTime endsAt() {
		return this.endsAt;
	}

	public String place() {
		return this.place;
	}

	public String videoLink() {
		return this.videoLink;
	}

	public int sequence() {
		return this.sequence;
	}

	public LocalDate heldOn() {
		return this.heldOn;
	}

	public String notes() {
		return this.notes;
	}

	public String cancelReason() {
		return this.cancelReason;
	}

	public LocalDate cancelledOn() {
		return this.cancelledOn;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public List<CounsellingFollowUp> followUps() {
		return List.copyOf(this.followUps);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
