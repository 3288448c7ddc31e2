package io.cocareer.alumni.entry.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For the demo only: an acknowledgement given, or a reminder sent, on an earlier day. */
@Component
public class EntryBackdating {

	private final EntryAcknowledgements acknowledgements;

	EntryBackdating(EntryAcknowledgements acknowledgements) {
		this.acknowledgements = acknowledgements;
	}

	@Transactional
	public void acknowledgedAt(UUID personId, Instant at) {
		this.acknowledgements.findById(personId).ifPresent((a) -> a.acknowledge(at));
	}

	@Transactional
	public void remindedAt(UUID personId, Instant at) {
		this.acknowledgements.findById(personId).ifPresent((a) -> a.reminded(at));
	}

}
