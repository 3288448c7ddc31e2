package io.cocareer.alumni.exit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.AlumnusDataPart;
import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.exit.internal.ExitProtocol;
import io.cocareer.alumni.exit.internal.ExitProtocols;
import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The exit module's part of an alumnus' data download: their exit protocols as they read them
 * themselves, whole (the interview's words too, named or anonymous: anonymity hides them from
 * the talent lead, not from the person who gave it). Nothing of anyone else: the owners of the
 * collaborations and handover items, the manager and who started it are left out.
 */
@Component
class ExitDataPart implements AlumnusDataPart {

	private final ExitProtocols exits;

	private final ExitReasonService reasons;

	ExitDataPart(ExitProtocols exits, ExitReasonService reasons) {
		this.exits = exits;
		this.reasons = reasons;
	}

	@Override
	public String name() {
		return "exit";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public @Nullable Object of(PersonId personId) {
		List<ExitData> found = this.exits.findByPersonIdOrderByStartedAtDesc(personId.value())
			.stream()
			.map(this::data)
			.toList();
		return found.isEmpty() ? null : Map.of("protocols", found);
	}

	private ExitData data(ExitProtocol exit) {
		return new ExitData(exit.id(), exit.state(), exit.pastExit(), exit.startedAt(), exit.leavingOn(),
				exit.completedAt(), exit.tourResults(), exit.tourSkills(), exit.tourNextStep(), exit.reasonCode(),
				this.reasons.find(exit.reasonCode()).map(ExitReasonView::label).orElse(null), exit.eligibility(),
				exit.eligibilityNote(),
				new Connection(exit.privateEmail(), exit.channels(), exit.cadence(), exit.consentGivenAt(),
						exit.consentWithdrawnAt()),
				exit.collaborations()
					.stream()
					.map((c) -> new CollaborationData(c.kind(), c.description(), c.dueOn()))
					.toList(),
				new Return(exit.openToReturn(), exit.returnWhen(), exit.returnConditions()),
				exit.handover().stream().map((h) -> new HandoverData(h.item(), h.dueOn(), h.done())).toList(),
				exit.interviewGiven() ? new Interview(exit.interviewAnonymity(), exit.interviewReasonCode(),
						exit.interviewWouldHaveKept(), exit.interviewComments(), exit.interviewGivenAt()) : null);
	}

	/** One exit protocol of theirs. */
	record ExitData(UUID id, ExitState state, boolean pastExit, Instant startedAt, @Nullable LocalDate leavingOn,
			@Nullable Instant completedAt, @Nullable String tourResults, @Nullable String tourSkills,
			@Nullable String tourNextStep, @Nullable String reasonCode, @Nullable String reasonLabel,
			@Nullable RehireEligibility eligibility, @Nullable String eligibilityNote, Connection connection,
			List<CollaborationData> collaborations, Return reentry, List<HandoverData> handover,
			@Nullable Interview interview) {

	}

	/** The connection protocol and their consent. */
	record Connection(@Nullable String privateEmail, Set<ContactChannel> channels, @Nullable ContactCadence cadence,
			@Nullable Instant consentGivenAt, @Nullable Instant consentWithdrawnAt) {

	}

	record CollaborationData(CollaborationKind kind, @Nullable String description, @Nullable LocalDate dueOn) {

	}

	/** The re-entry discussion. */
	record Return(@Nullable OpenToReturn openToReturn, @Nullable String when, @Nullable String conditions) {

	}

	record HandoverData(@Nullable String item, @Nullable LocalDate dueOn, boolean done) {

	}

	/** Their exit interview, named or anonymous, in their own words. */
	record Interview(@Nullable InterviewAnonymity anonymity, @Nullable String reasonCode,
			@Nullable String wouldHaveKept, @Nullable String comments, @Nullable Instant givenAt) {

	}

}
