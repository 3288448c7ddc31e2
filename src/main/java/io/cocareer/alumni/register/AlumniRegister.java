package io.cocareer.alumni.register;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.alumni.ContactConsent;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.stereotype.Service;

@Service
public class AlumniRegister {

	public Optional<AlumnusRecord> record(PersonId personId) {
		return Optional.empty();
	}

	public boolean contactable(PersonId personId) {
		return true;
	}

	public List<InteractionView> interactions(PersonId personId) {
		return List.of();
	}

	public Optional<AlumnusRecord> mine(Actor alumnus) {
		return Optional.empty();
	}

	public List<AlumnusRecord> all(Actor talentLead) {
		return List.of();
	}

	public UUID recordInteraction(Actor actor, PersonId alumnus, RecordInteraction command) {
		throw new UnsupportedOperationException();
	}

	public void markReferralHired(Actor talentLead, UUID interactionId) {
		throw new UnsupportedOperationException();
	}

	public void changeConsent(Actor alumnus, ContactConsent consent) {
		throw new UnsupportedOperationException();
	}

	public void setDistinguished(Actor talentLead, PersonId alumnus, boolean distinguished) {
		throw new UnsupportedOperationException();
	}

	public List<String> tierRuleKeys() {
		return List.of();
	}

}
