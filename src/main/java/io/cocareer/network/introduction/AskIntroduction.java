package io.cocareer.network.introduction;

import java.util.UUID;

import io.cocareer.shared.PersonId;

/**
 * An introduction as the talent asks for it: a person of the organisation ({@code targetPerson})
 * or anyone else by name (and organisation); the purpose in their words; optionally the gap of
 * their desired network it serves; and the broker (a colleague by {@code brokerPerson}; the
 * manager's person may be given and must then be the manager).
 */
public record AskIntroduction(TargetKind targetKind, PersonId targetPerson, String targetName,
		String targetOrganisation, String purpose, UUID gapId, BrokerKind broker, PersonId brokerPerson) {

	public AskIntroduction {
		targetName = blankToNull(targetName);
		targetOrganisation = blankToNull(targetOrganisation);
		purpose = blankToNull(purpose);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
