package io.cocareer.network.introduction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.shared.PersonId;
import io.cocareer.shared.PrivateData;

/**
 * An introduction as its reader may see it: the talent who asked reads all of it; the broker the
 * same without the gap of the talent's desired network it serves ({@code gap} is null for them)
 * and without whether it went onto the talent's map.
 * @param asker whether the reader is the talent who asked (otherwise the broker)
 * @param talent the talent who asked
 * @param target the person of the organisation it is about, if it is one
 * @param targetName the target's name (a person's current name)
 * @param broker the broker, once there is one (a request to the talent leads has none until one answers)
 * @param brokerName the broker's name; null while the talent leads have not answered
 * @param closedReason set when the platform ended it: {@code ASKER_LEFT}, {@code BROKER_LEFT}
 */
@PrivateData
public record IntroductionView(UUID id, boolean asker, PersonId talent, String talentName, TargetKind targetKind,
		PersonId target, String targetName, String targetOrganisation, String purpose, String gap, BrokerKind brokerKind,
		PersonId broker, String brokerName, IntroductionState state, String brokerNote, IntroductionChannel channel,
		LocalDate introducedOn, String introductionNote, IntroductionOutcome outcome, boolean onMap,
		String closedReason, Instant askedAt, Instant updatedAt, long version, Flags may) {

	/** What the reader may do with it now, from the access policy. */
	public record Flags(boolean answer, boolean recordIntroduced, boolean withdraw, boolean recordOutcome,
			boolean addToMap) {

		public boolean any() {
			return this.answer || this.recordIntroduced || this.withdraw || this.recordOutcome || this.addToMap;
		}

	}

	/** Whether the target is a person of the organisation (also one since erased). */
	public boolean internalTarget() {
		return this.target != null;
	}

}
