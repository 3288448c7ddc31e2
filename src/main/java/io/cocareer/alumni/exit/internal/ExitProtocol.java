package io.cocareer.alumni.exit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.exit.ExitState;
import io.cocareer.alumni.exit.InterviewAnonymity;
import io.cocareer.alumni.exit.OpenToReturn;
import io.cocareer.shared.BusinessRuleViolation;

/**
 * The exit protocol of one person: open while its sections are filled in (one open protocol a
 * person), completed once. Its rules of state are here; what a section may hold is checked by the
 * service, who may change it by {@link ExitAccess}.
 */
@Entity
@Table(name = "alumni_exit")
public class ExitProtocol {

	@Id
	private UUID id;

	private UUID personId;

	private UUID openPersonId;

	private UUID managerId;

	@Enumerated(EnumType.STRING)
	private ExitState state;

	private boolean pastExit;

	private Instant startedAt;

	private UUID startedBy;

	private LocalDate leavingOn;

	private UUID fromTourId;

	private String tourResults;

	private String tourSkills;

	private String tourNextStep;

	private String reasonCode;

	@Enumerated(EnumType.STRING)
	private RehireEligibility eligibility;

	private String eligibilityNote;

	private String privateEmail;

	private String channels;

	@Enumerated(EnumType.STRING)
	private ContactCadence cadence;

	private Instant consentGivenAt;

	private Instant consentWithdrawnAt;

	@Enumerated(EnumType.STRING)
	private OpenToReturn openToReturn;

	private String returnWhen;

	private String returnConditions;

	@Enumerated(EnumType.STRING)
	private InterviewAnonymity interviewAnonymity;

	private String interviewReasonCode;

	private String interviewWouldHaveKept;

	private String interviewComments;

	private Instant interviewGivenAt;

	private Instant completedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "alumni_exit_collaboration", joinColumns = @JoinColumn(name = "exit_id"))
	@OrderColumn(name = "position")
	private List<CollaborationEntry> collaborations = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "alumni_exit_handover", joinColumns = @JoinColumn(name = "exit_id"))
	@OrderColumn(name = "position")
	private List<HandoverEntry> handover = new ArrayList<>();

	@Version
	private Long version;

	protected ExitProtocol() {
		// for JPA
	}

	private ExitProtocol(UUID personId, UUID managerId, boolean pastExit, LocalDate leavingOn, UUID startedBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.openPersonId = personId;
		this.managerId = managerId;
		this.state = ExitState.IN_PROGRESS;
		this.pastExit = pastExit;
		this.leavingOn = leavingOn;
		this.startedBy = startedBy;
		this.startedAt = now;
	}

	/** The protocol of someone still employed, leaving on the planned date (may be unknown yet). */
	public static ExitProtocol forLeaver(UUID personId, UUID managerId, LocalDate leavingOn, UUID startedBy,
			Instant now) {
		return new ExitProtocol(personId, managerId, false, leavingOn, startedBy, now);
	}

	/** The protocol recorded for someone who had already left on that day, before the platform. */
	public static ExitProtocol forPastExit(UUID personId, LocalDate leftOn, UUID startedBy, Instant now) {
		return new ExitProtocol(personId, null, true, leftOn, startedBy, now);
	}

	/** What the closing review of the tour that ended in a good exit said. */
	public void fromTour(UUID tourId, String results, String skills, String nextStep) {
		this.fromTourId = tourId;
		this.tourResults = results;
		this.tourSkills = skills;
		this.tourNextStep = nextStep;
	}

	private void requireOpen() {
		if (this.state != ExitState.IN_PROGRESS) {
			throw new BusinessRuleViolation("alumni.exit.completed", "This exit is completed: it no longer changes");
		}
	}

	public void reason(LocalDate leavingOn, String reasonCode, RehireEligibility eligibility, String note) {
		requireOpen();
		if (!this.pastExit) {
			this.leavingOn = leavingOn;
		}
		this.reasonCode = reasonCode;
		this.eligibility = eligibility;
		this.eligibilityNote = note;
	}

	public void connection(String email, Set<ContactChannel> channels, ContactCadence cadence) {
		requireOpen();
		if (consentActive()) {
			throw new BusinessRuleViolation("alumni.exit.connection.consented",
					"The leaver has consented to this connection: they change it by withdrawing and consenting again");
		}
		this.privateEmail = email;
		this.channels = channels.isEmpty() ? null
				: channels.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.cadence = cadence;
	}

	public void consent(String email, Set<ContactChannel> channels, ContactCadence cadence, Instant now) {
		requireOpen();
		this.consentGivenAt = null;
		connection(email, channels, cadence);
		this.consentGivenAt = now;
		this.consentWithdrawnAt = null;
	}

	public void withdrawConsent(Instant now) {
		requireOpen();
		if (!consentActive()) {
			throw new BusinessRuleViolation("alumni.exit.consent.none", "There is no consent to withdraw");
		}
		this.consentWithdrawnAt = now;
	}

	public void collaborations(Collection<CollaborationEntry> entries) {
		requireOpen();
		this.collaborations.clear();
		this.collaborations.addAll(entries);
	}

	public void reentry(OpenToReturn open, String when, String conditions) {
		requireOpen();
		this.openToReturn = open;
		this.returnWhen = when;
		this.returnConditions = conditions;
	}

	public void handover(Collection<HandoverEntry> entries) {
		requireOpen();
		this.handover.clear();
		this.handover.addAll(entries);
	}

	public void interview(InterviewAnonymity anonymity, String reasonCode, String wouldHaveKept, String comments,
			Instant now) {
		requireOpen();
		this.interviewAnonymity = anonymity;
		this.interviewReasonCode = reasonCode;
		this.interviewWouldHaveKept = wouldHaveKept;
		this.interviewComments = comments;
		this.interviewGivenAt = now;
	}

	/** Completes it: requires a reason, an eligibility and a leaving date. */
	public void complete(Instant now) {
		if (this.state == ExitState.COMPLETED) {
			throw new BusinessRuleViolation("alumni.exit.alreadyCompleted", "This exit is already completed");
		}
		List<String> missing = missing();
		if (!missing.isEmpty()) {
			throw new BusinessRuleViolation("alumni.exit.incomplete",
					"Before completing, fill in: " + String.join(", ", missing), String.join(", ", missing));
		}
		this.state = ExitState.COMPLETED;
		this.openPersonId = null;
		this.completedAt = now;
	}

	/** The fields completing still needs (message-free names: reason, eligibility, leavingOn). */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (this.leavingOn == null) {
			missing.add("leavingOn");
		}
		if (this.reasonCode == null) {
			missing.add("reason");
		}
		if (this.eligibility == null) {
			missing.add("eligibility");
		}
		return missing;
	}

	/** Removes the person's words (the erasure): emails, notes, interview, the tour's texts. */
	public void eraseWordsOf(UUID erased) {
		if (erased.equals(this.personId)) {
			this.tourResults = null;
			this.tourSkills = null;
			this.tourNextStep = null;
			this.eligibilityNote = null;
			this.privateEmail = null;
			this.returnWhen = null;
			this.returnConditions = null;
			this.interviewWouldHaveKept = null;
			this.interviewComments = null;
			this.collaborations.forEach(CollaborationEntry::blank);
			this.handover.forEach(HandoverEntry::blank);
			this.openPersonId = null;
		}
		if (erased.equals(this.managerId)) {
			this.managerId = null;
		}
		if (erased.equals(this.startedBy)) {
			this.startedBy = null;
		}
		this.collaborations.forEach((c) -> c.forget(erased));
		this.handover.forEach((h) -> h.forget(erased));
	}

	public boolean consentActive() {
		return this.consentGivenAt != null && this.consentWithdrawnAt == null;
	}

	/** The consent as the register keeps it, or {@code null} without an active one. */
	public ContactConsent consent() {
		return consentActive() ? new ContactConsent(this.privateEmail, channels(), this.cadence, this.consentGivenAt)
				: null;
	}

	public Set<ContactChannel> channels() {
		if (this.channels == null || this.channels.isBlank()) {
			return Set.of();
		}
		Set<ContactChannel> found = EnumSet.noneOf(ContactChannel.class);
		Arrays.stream(this.channels.split(",")).map(ContactChannel::valueOf).forEach(found::add);
		return found;
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public UUID managerId() {
		return this.managerId;
	}

	public UUID startedBy() {
		return this.startedBy;
	}

	public ExitState state() {
		return this.state;
	}

	public boolean open() {
		return this.state == ExitState.IN_PROGRESS;
	}

	public boolean pastExit() {
		return this.pastExit;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public LocalDate leavingOn() {
		return this.leavingOn;
	}

	public UUID fromTourId() {
		return this.fromTourId;
	}

	public String tourResults() {
		return this.tourResults;
	}

	public String tourSkills() {
		return this.tourSkills;
	}

	public String tourNextStep() {
		return this.tourNextStep;
	}

	public String reasonCode() {
		return this.reasonCode;
	}

	public RehireEligibility eligibility() {
		return this.eligibility;
	}

	public String eligibilityNote() {
		return this.eligibilityNote;
	}

	public String privateEmail() {
		return this.privateEmail;
	}

	public ContactCadence cadence() {
		return this.cadence;
	}

	public Instant consentGivenAt() {
		return this.consentGivenAt;
	}

	public Instant consentWithdrawnAt() {
		return this.consentWithdrawnAt;
	}

	public OpenToReturn openToReturn() {
		return this.openToReturn;
	}

	public String returnWhen() {
		return this.returnWhen;
	}

	public String returnConditions() {
		return this.returnConditions;
	}

	public InterviewAnonymity interviewAnonymity() {
		return this.interviewAnonymity;
	}

	public String interviewReasonCode() {
		return this.interviewReasonCode;
	}

	public String interviewWouldHaveKept() {
		return this.interviewWouldHaveKept;
	}

	public String interviewComments() {
		return this.interviewComments;
	}

	public Instant interviewGivenAt() {
		return this.interviewGivenAt;
	}

	public boolean interviewGiven() {
		return this.interviewGivenAt != null;
	}

	public Instant completedAt() {
		return this.completedAt;
	}

	public List<CollaborationEntry> collaborations() {
		return List.copyOf(this.collaborations);
	}

	public List<HandoverEntry> handover() {
		return List.copyOf(this.handover);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
