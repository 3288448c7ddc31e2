package io.cocareer.talent.pool.internal;

import java.time.Clock;
import java.util.Locale;

import io.cocareer.people.PersonLeft;
import io.cocareer.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Someone who leaves the organisation leaves the talent pool: their active designation ends, its
 * history kept, and the talent lead may designate them again if they come back. After the
 * leaving is committed, on a thread and in a transaction of its own (the registry turns
 * {@code @Async} on), through the event publication registry: if it fails, the leaving stands and
 * the publication is retried a few minutes later ({@code shared.EventResubmissionJob}) and at the
 * next start. Idempotent, as a retry may find the designation
 * already ended.
 */
@Component
class LeaversLeaveThePool {

	private final TalentDesignationRepository designations;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeaversLeaveThePool(TalentDesignationRepository designations, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.designations = designations;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PersonLeft event) {
		this.designations.findById(event.personId().value()).filter(TalentDesignation::isActive).ifPresent((designation) -> {
			// the reason is stored as text, like one the talent lead writes: in the default language
			String reason = this.messages.getMessage("talent.designation.endedOnLeaving",
					new Object[] { event.leftOn().toString() }, Locale.ROOT);
			designation.end(reason, this.clock.instant());
			this.events.publishEvent(AuditEvent.career("talent.designation.endedOnLeaving", "talent",
					event.personId(), AuditEvent.person(event.personId()), AuditEvent.text(event.leftOn())));
		});
	}

}
