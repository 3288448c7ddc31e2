package io.cocareer.alumni.conversation.internal;

import java.time.Instant;
import java.time.LocalDate;
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

import io.cocareer.alumni.conversation.ConversationStatus;
import io.cocareer.alumni.conversation.HolderKind;
import io.cocareer.alumni.conversation.Intention;
import io.cocareer.alumni.conversation.Prompt;
import io.cocareer.shared.BusinessRuleViolation;

/**
 * A pre-emptive exit conversation with a talent: proposed (due by a day) or scheduled (on a day),
 * held and recorded, closed; or cancelled. Its record may change until it is closed.
 */
@Entity
@Table(name = "alumni_conversation")
public class ExitConversation {

	@Id
	private UUID id;

	private UUID talentId;

	@Enumerated(EnumType.STRING)
	private HolderKind holderKind;

	private UUID holderId;

	@Enumerated(EnumType.STRING)
	private Prompt prompt;

	@Enumerated(EnumType.STRING)
	private ConversationStatus status;

	private LocalDate dueOn;

	private LocalDate scheduledOn;

	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	private Intention intention;

	private Integer horizonMonths;

	private String collaborations;

	private String referrals;

	private String clientRelationships;

	private String knowledgeTransfer;

	private LocalDate closedOn;

	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "conversation_id", nullable = false)
	@OrderBy("dueOn, createdAt")
	private List<FollowUp> followUps = new ArrayList<>();

	// a wrapper: null until stored, so that saving a new conversation persists it
	@Version
	private Long version;

	protected ExitConversation() {
		// for JPA
	}

	private ExitConversation(UUID talentId, HolderKind holderKind, UUID holderId, Prompt prompt, Instant now) {
		this.id = UUID.randomUUID();
		this.talentId = talentId;
		this.holderKind = holderKind;
		this.holderId = holderId;
		this.prompt = prompt;
		this.createdAt = now;
	}

	/** Proposed to the talent lead, to be held by the day it is due. */
	public static ExitConversation proposed(UUID talentId, Prompt prompt, LocalDate dueOn, Instant now) {
		ExitConversation conversation = new ExitConversation(talentId, HolderKind.TALENT_LEAD, null, prompt, now);
		conversation.status = ConversationStatus.PROPOSED;
		conversation.dueOn = dueOn;
		return conversation;
	}

	/** Scheduled by hand on a day, held by the given person. */
	public static ExitConversation scheduled(UUID talentId, HolderKind holderKind, UUID holderId, LocalDate on,
			Instant now) {
		ExitConversation conversation = new ExitConversation(talentId, holderKind, holderId, Prompt.BY_HAND, now);
		conversation.status = ConversationStatus.SCHEDULED;
		conversation.scheduledOn = on;
		return conversation;
	}

	/** Sets the day (a proposal becomes scheduled); only before it is held. */
	public void schedule(LocalDate on) {
		if (!this.status.open()) {
			throw new BusinessRuleViolation("alumni.conversation.rule.alreadyHeld",
					"This conversation was held: its date is the day it was held");
		}
		this.scheduledOn = on;
		this.status = ConversationStatus.SCHEDULED;
	}

	public void holdBy(HolderKind kind, UUID personId) {
		this.holderKind = kind;
		this.holderId = personId;
	}

	/** Records it as held (or changes the record of a held one). */
	public void record(LocalDate heldOn, Intention intention, Integer horizonMonths, String collaborations,
			String referrals, String clientRelationships, String knowledgeTransfer) {
		requireLive();
		this.heldOn = heldOn;
		this.intention = intention;
		this.horizonMonths = horizonMonths;
		this.collaborations = collaborations;
		this.referrals = referrals;
		this.clientRelationships = clientRelationships;
		this.knowledgeTransfer = knowledgeTransfer;
		this.status = ConversationStatus.HELD;
	}

	public void close(LocalDate today) {
		if (this.status != ConversationStatus.HELD) {
			throw new BusinessRuleViolation("alumni.conversation.rule.closeHeldOnly",
					"A conversation is closed once it was held and recorded");
		}
		this.status = ConversationStatus.CLOSED;
		this.closedOn = today;
	}

	public void cancel(LocalDate today) {
		if (this.status.open()) {
			this.status = ConversationStatus.CANCELLED;
			this.closedOn = today;
		}
	}

	public FollowUp addFollowUp(String what, UUID ownerId, LocalDate dueOn, Instant now) {
		requireLive();
		FollowUp followUp = new FollowUp(what, ownerId, dueOn, now);
		this.followUps.add(followUp);
		return followUp;
	}

	public Optional<FollowUp> followUp(UUID followUpId) {
		return this.followUps.stream().filter((f) -> f.id().equals(followUpId)).findFirst();
	}

	public void requireLive() {
		if (!this.status.live()) {
			throw new BusinessRuleViolation("alumni.conversation.rule.closed",
					"This conversation is closed: it no longer changes");
		}
	}

	/** The holder is gone (left or erased): any talent lead holds it again. */
	public void forgetHolder() {
		this.holderKind = HolderKind.TALENT_LEAD;
		this.holderId = null;
	}

	/** The talent was erased: every word goes, the dates and counts stay. */
	public void eraseTexts() {
		this.intention = null;
		this.horizonMonths = null;
		this.collaborations = null;
		this.referrals = null;
		this.clientRelationships = null;
		this.knowledgeTransfer = null;
		this.followUps.forEach(FollowUp::eraseText);
	}

	/** For the demo: every date moves back by the days. */
	void backdate(int days) {
		this.dueOn = minus(this.dueOn, days);
		this.scheduledOn = minus(this.scheduledOn, days);
		this.heldOn = minus(this.heldOn, days);
		this.closedOn = minus(this.closedOn, days);
		this.followUps.forEach((f) -> f.backdate(days));
	}

	static LocalDate minus(LocalDate day, int days) {
		return (day != null) ? day.minusDays(days) : null;
	}

	/** A proposal past its due day, a day past without a record, or a follow-up late. */
	public boolean overdue(LocalDate today) {
		return switch (this.status) {
			case PROPOSED -> this.dueOn != null && this.dueOn.isBefore(today);
			case SCHEDULED -> this.scheduledOn != null && this.scheduledOn.isBefore(today);
			case HELD -> this.followUps.stream().anyMatch((f) -> f.overdue(today));
			default -> false;
		};
	}

	public UUID id() {
		return this.id;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public HolderKind holderKind() {
		return this.holderKind;
	}

	public UUID holderId() {
		return this.holderId;
	}

	public Prompt prompt() {
		return this.prompt;
	}

	public ConversationStatus status() {
		return this.status;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public LocalDate scheduledOn() {
		return this.scheduledOn;
	}

	public LocalDate heldOn() {
		return this.heldOn;
	}

	public Intention intention() {
		return this.intention;
	}

	public Integer horizonMonths() {
		return this.horizonMonths;
	}

	public String collaborations() {
		return this.collaborations;
	}

	public String referrals() {
		return this.referrals;
	}

	public String clientRelationships() {
		return this.clientRelationships;
	}

	public String knowledgeTransfer() {
		return this.knowledgeTransfer;
	}

	public LocalDate closedOn() {
		return this.closedOn;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public List<FollowUp> followUps() {
		return List.copyOf(this.followUps);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
