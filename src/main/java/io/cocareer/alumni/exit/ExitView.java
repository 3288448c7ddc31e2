package io.cocareer.alumni.exit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * An exit protocol as its reader may see it: what they may not read is {@code null} (the manager
 * reads the reason's label, the handover and the collaborations; the talent lead reads an anonymous
 * interview's existence, not its words), and what they may do is in the {@code may…} flags.
 */
@PrivateData
public record ExitView(UUID id, UUID personId, String personName, @Nullable String managerName, ExitState state,
		boolean pastExit, @Nullable LocalDate leavingOn, Instant startedAt, @Nullable LocalDate hireDate,
		boolean fromTour, @Nullable String tourResults, @Nullable String tourSkills, @Nullable String tourNextStep,
		@Nullable String reasonCode, @Nullable String reasonLabel, @Nullable ExitReasonKind reasonKind,
		@Nullable RehireEligibility eligibility, @Nullable String eligibilityNote,
		@Nullable String privateEmail, Set<ContactChannel> channels, @Nullable ContactCadence cadence,
		@Nullable Instant consentGivenAt, @Nullable Instant consentWithdrawnAt,
		List<CollaborationView> collaborations, @Nullable OpenToReturn openToReturn, @Nullable String returnWhen,
		@Nullable String returnConditions, List<HandoverView> handover, boolean interviewGiven,
		@Nullable InterviewAnonymity interviewAnonymity, @Nullable String interviewReasonCode,
		@Nullable String interviewWouldHaveKept, @Nullable String interviewComments,
		@Nullable Instant completedAt, long version, Reader reader, Abilities may) {

	/** Who the reader is to this protocol: what they see follows from it. */
	public enum Reader {

		LEAD, LEAVER, MANAGER

	}

	/** What the reader may do now. */
	public record Abilities(boolean editReason, boolean editConnection, boolean editCollaborations,
			boolean editReentry, boolean editHandover, boolean giveConsent, boolean withdrawConsent,
			boolean giveInterview, boolean complete, boolean readInterview, boolean readConnection) {

	}

	public boolean consentActive() {
		return this.consentGivenAt != null && this.consentWithdrawnAt == null;
	}

	public boolean completed() {
		return this.state == ExitState.COMPLETED;
	}

	/** A collaboration opportunity with its owner's name. */
	public record CollaborationView(io.cocareer.alumni.CollaborationKind kind, @Nullable String description,
			@Nullable UUID ownerId, @Nullable String ownerName, @Nullable String ownerEmployeeId,
			@Nullable LocalDate dueOn) {

	}

	/** A handover item with its owner's name. */
	public record HandoverView(@Nullable String item, @Nullable UUID ownerId, @Nullable String ownerName,
			@Nullable String ownerEmployeeId, @Nullable LocalDate dueOn, boolean done) {

	}

}
