package io.cocareer.network.introduction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.network.introduction.BrokerKind;
import io.cocareer.network.introduction.IntroductionChannel;
import io.cocareer.network.introduction.IntroductionOutcome;
import io.cocareer.network.introduction.IntroductionState;
import io.cocareer.network.introduction.TargetKind;

/**
 * One introduction a talent asked for, through its states: requested, accepted or declined by the
 * broker, introduced, closed with the talent's outcome, or withdrawn. The moves check only the
 * state; who may make them is {@link IntroductionAccess}'s.
 */
@Entity
@Table(name = "network_introduction")
public class Introduction {

	/** Why the platform ended an introduction. */
	public static final String ASKER_LEFT = "ASKER_LEFT";

	public static final String BROKER_LEFT = "BROKER_LEFT";

	@Id
	private UUID id;

	private UUID talentId;

	@Enumerated(EnumType.STRING)
	private TargetKind targetKind;

	private UUID targetPersonId;

	private String targetName;

	private String targetOrganisation;

	private String purpose;

	private UUID gapId;

	@Enumerated(EnumType.STRING)
	private BrokerKind brokerKind;

	private UUID brokerId;

	private boolean brokerErased;

	@Enumerated(EnumType.STRING)
	private IntroductionState state;

	private String brokerNote;

	@Enumerated(EnumType.STRING)
	private IntroductionChannel channel;

	private LocalDate introducedOn;

	private String introductionNote;

	@Enumerated(EnumType.STRING)
	private IntroductionOutcome outcome;

	private UUID developerId;

	private String closedReason;

	private Instant askedAt;

	private Instant updatedAt;

	// a wrapper: null until stored, so that saving a new introduction persists it
	@Version
	private Long version;

	protected Introduction() {
		// for JPA
	}

	public Introduction(UUID talentId, TargetKind targetKind, UUID targetPersonId, String targetName,
			String targetOrganisation, String purpose, UUID gapId, BrokerKind brokerKind, UUID brokerId, Instant now) {
		this.id = UUID.randomUUID();
		this.talentId = talentId;
		this.targetKind = targetKind;
		this.targetPersonId = targetPersonId;
		this.targetName = (targetPersonId != null) ? null : targetName;
		this.targetOrganisation = targetOrganisation;
		this.purpose = purpose;
		this.gapId = gapId;
		this.brokerKind = brokerKind;
		this.brokerId = brokerId;
		this.state = IntroductionState.REQUESTED;
		this.askedAt = now;
		this.updatedAt = now;
	}

	/** The broker agrees; a talent lead answering a request to the talent leads becomes its broker. */
	public void accept(UUID brokerId, String note, Instant now) {
		require(IntroductionState.REQUESTED);
		this.brokerId = brokerId;
		this.brokerNote = note;
		move(IntroductionState.ACCEPTED, now);
	}

	public void decline(UUID brokerId, String note, Instant now) {
		require(IntroductionState.REQUESTED);
		this.brokerId = brokerId;
		this.brokerNote = note;
		move(IntroductionState.DECLINED, now);
	}

	public void introduced(IntroductionChannel channel, LocalDate on, String note, Instant now) {
		require(IntroductionState.ACCEPTED);
		this.channel = channel;
		this.introducedOn = on;
		this.introductionNote = note;
		move(IntroductionState.INTRODUCED, now);
	}

	public void close(IntroductionOutcome outcome, Instant now) {
		require(IntroductionState.INTRODUCED);
		this.outcome = outcome;
		move(IntroductionState.CLOSED, now);
	}

	public void withdraw(Instant now) {
		if (this.state != IntroductionState.REQUESTED && this.state != IntroductionState.ACCEPTED) {
			throw new IllegalStateException("only an introduction not yet made is withdrawn");
		}
		move(IntroductionState.WITHDRAWN, now);
	}

	/** The demo's history: when it was asked and last moved, relative to today. */
	public void backdate(Instant askedAt, Instant updatedAt) {
		this.askedAt = askedAt;
		this.updatedAt = updatedAt;
	}

	public void onMap(UUID developerId) {
		this.developerId = developerId;
	}

	/** The talent left: an introduction not yet made is withdrawn. */
	public void askerLeft(Instant now) {
		if (this.state == IntroductionState.REQUESTED || this.state == IntroductionState.ACCEPTED) {
			this.closedReason = ASKER_LEFT;
			move(IntroductionState.WITHDRAWN, now);
		}
	}

	/** The broker left: an introduction they had still to make is declined. */
	public void brokerLeft(Instant now) {
		if (this.state == IntroductionState.REQUESTED || this.state == IntroductionState.ACCEPTED) {
			this.closedReason = BROKER_LEFT;
			move(IntroductionState.DECLINED, now);
		}
	}

	/** The broker was erased: they stay a former colleague, without the words they wrote. */
	public void forgetBroker() {
		this.brokerId = null;
		this.brokerErased = true;
		this.brokerNote = null;
		this.introductionNote = null;
	}

	/** The target was erased: a former colleague, named no more. */
	public void forgetTarget(String label) {
		this.targetPersonId = null;
		this.targetName = label;
	}

	private void require(IntroductionState expected) {
		if (this.state != expected) {
			throw new IllegalStateException("the introduction is " + this.state + ", not " + expected);
		}
	}

	private void move(IntroductionState next, Instant now) {
		this.state = next;
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public TargetKind targetKind() {
		return this.targetKind;
	}

	public UUID targetPersonId() {
		return this.targetPersonId;
	}

	public String targetName() {
		return this.targetName;
	}

	public String targetOrganisation() {
		return this.targetOrganisation;
	}

	public String purpose() {
		return this.purpose;
	}

	public UUID gapId() {
		return this.gapId;
	}

	public BrokerKind brokerKind() {
		return this.brokerKind;
	}

	public UUID brokerId() {
		return this.brokerId;
	}

	public boolean brokerErased() {
		return this.brokerErased;
	}

	public IntroductionState state() {
		return this.state;
	}

	public String brokerNote() {
		return this.brokerNote;
	}

	public IntroductionChannel channel() {
		return this.channel;
	}

	public LocalDate introducedOn() {
		return this.introducedOn;
	}

	public String introductionNote() {
		return this.introductionNote;
	}

	public IntroductionOutcome outcome() {
		return this.outcome;
	}

	public UUID developerId() {
		return this.developerId;
	}

	public String closedReason() {
		return this.closedReason;
	}

	public Instant askedAt() {
		return this.askedAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
