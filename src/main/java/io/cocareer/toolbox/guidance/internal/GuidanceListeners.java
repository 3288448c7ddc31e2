package io.cocareer.toolbox.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.CareerHorizonSet;
import io.cocareer.alumni.ExitCompleted;
import io.cocareer.alumni.ReentryDecided;
import io.cocareer.alumni.ReturnRated;
import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonRehired;
import io.cocareer.shared.AuditEvent;
import io.cocareer.tour.TourActivated;
import io.cocareer.tour.TourCompleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the guidance's read model from the other approaches' events, after their transactions
 * commit (each listener is retried by the event publication registry until it succeeds, and
 * recording twice changes nothing). Where a module publishes no event of its own for what a step
 * does, the audit event it publishes for every change says that it happened: only its action and
 * the id of its record are kept, never its words.
 */
@Component
class GuidanceListeners {

	/** Audit actions that mean a signal happened to the entry's record. */
	static final Map<String, Signal> AUDITED = Map.ofEntries(Map.entry("tour.charter.revised", Signal.CHARTER_PUBLISHED),
			Map.entry("tour.proposed", Signal.TOUR_PROPOSED), Map.entry("tour.mission.revised", Signal.MISSION_DRAFTED),
			Map.entry("tour.agreement.sent", Signal.AGREEMENT_SENT),
			Map.entry("tour.agreement.binding", Signal.AGREEMENT_SIGNED),
			Map.entry("tour.work.added", Signal.WORK_ITEM_LOGGED),
			Map.entry("tour.work.updated", Signal.WORK_ITEM_UPDATED),
			Map.entry("tour.checkIn.noted", Signal.CHECK_IN_NOTED), Map.entry("tour.win.published", Signal.WIN_PUBLISHED),
			Map.entry("recruit.candidateAdded", Signal.CANDIDATE_ADDED), Map.entry("recruit.hired", Signal.CANDIDATE_HIRED),
			Map.entry("network.shared", Signal.NETWORK_SHARED),
			Map.entry("network.sharedRead", Signal.SHARED_NETWORK_READ),
			Map.entry("network.exchange.posted", Signal.EXCHANGE_POSTED),
			Map.entry("network.exchange.done", Signal.EXCHANGE_DONE),
			Map.entry("network.plan.budgetSet", Signal.FUND_BUDGET_SET),
			Map.entry("network.plan.activityAdded", Signal.PLAN_ACTIVITY_ADDED),
			Map.entry("network.plan.activityDone", Signal.PLAN_ACTIVITY_DONE),
			Map.entry("network.introductionAsked", Signal.INTRODUCTION_ASKED),
			Map.entry("network.introductionMade", Signal.INTRODUCTION_MADE),
			Map.entry("alumni.mobility.policyPublished", Signal.POLICY_PUBLISHED),
			Map.entry("alumni.entry.reminded", Signal.ENTRY_REMINDED),
			Map.entry("alumni.entry.acknowledged", Signal.ENTRY_ACKNOWLEDGED),
			Map.entry("alumni.conversation.scheduled", Signal.CONVERSATION_SCHEDULED),
			Map.entry("alumni.conversation.proposed", Signal.CONVERSATION_SCHEDULED),
			Map.entry("alumni.conversation.closed", Signal.CONVERSATION_CLOSED),
			Map.entry("alumni.exit.started", Signal.EXIT_STARTED),
			Map.entry("alumni.exit.startedFromTour", Signal.EXIT_STARTED),
			Map.entry("alumni.reentry.asked", Signal.REENTRY_ASKED),
			Map.entry("alumni.reentry.plan.reviewed", Signal.REPATRIATION_REVIEWED),
			Map.entry("alumni.register.interactionRecorded", Signal.ALUMNI_INTERACTION));

	/** The audit action of a work package's status change, and the term of the status it moved to. */
	static final String PACKAGE_STATUS_CHANGED = "tour.package.statusChanged";

	static final String PACKAGE_OPENED = "audit.packageStatus.OPEN";

	private final SignalStore store;

	private final Clock clock;

	GuidanceListeners(SignalStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AuditEvent event) {
		if (event.subjectId() == null) {
			return;
		}
		if (PACKAGE_STATUS_CHANGED.equals(event.action())) {
			boolean open = event.arguments().stream().anyMatch((a) -> PACKAGE_OPENED.equals(a.value()));
			if (open) {
				this.store.record(Signal.PACKAGE_OPEN, event.subjectId(), null, today());
			}
			else {
				this.store.remove(Signal.PACKAGE_OPEN, event.subjectId());
			}
			return;
		}
		Signal signal = AUDITED.get(event.action());
		if (signal != null) {
			this.store.record(signal, event.subjectId(), personIn(event), today());
		}
	}

	@ApplicationModuleListener
	void on(TourActivated event) {
		UUID talent = event.talentId().value();
		this.store.record(Signal.TOUR_ACTIVE, event.tourId().value().toString(), talent, event.on());
		if (event.workPackageId() != null) {
			this.store.record(Signal.TOUR_FROM_PACKAGE, event.tourId().value().toString(), talent, event.on());
		}
	}

	@ApplicationModuleListener
	void on(TourCompleted event) {
		this.store.record(Signal.TOUR_COMPLETED, event.tourId().value().toString(), event.talentId().value(), event.on());
	}

	@ApplicationModuleListener
	void on(CareerHorizonSet event) {
		UUID talent = event.talentId().value();
		this.store.record(Signal.HORIZON_SET, talent.toString(), talent, event.on());
	}

	@ApplicationModuleListener
	void on(ExitCompleted event) {
		UUID person = event.personId().value();
		String subject = person + "@" + event.leftOn();
		this.store.record(Signal.EXIT_COMPLETED, subject, person, event.leftOn());
		if (event.consent() != null) {
			this.store.record(Signal.EXIT_WITH_CONSENT, subject, person, event.leftOn());
		}
	}

	@ApplicationModuleListener
	void on(ReentryDecided event) {
		UUID person = event.personId().value();
		this.store.record(Signal.REENTRY_DECIDED, person + "@" + event.on(), person, event.on());
	}

	@ApplicationModuleListener
	void on(PersonRehired event) {
		UUID person = event.personId().value();
		this.store.record(Signal.REHIRED, person + "@" + event.rehiredOn(), person, event.rehiredOn());
	}

	@ApplicationModuleListener
	void on(ReturnRated event) {
		UUID person = event.personId().value();
		this.store.record(Signal.RETURN_RATED, person + "@" + event.on(), person, event.on());
	}

	/** An erased person leaves nothing here: the rows about them go. */
	@ApplicationModuleListener
	void on(PersonErased event) {
		this.store.forget(event.personId().value());
	}

	/** The person an audit entry is about, when its record is a person ({@code talent}, {@code alumnus} …). */
	private static @Nullable UUID personIn(AuditEvent event) {
		return switch (event.subjectType()) {
			case "talent", "alumnus", "network", "careerHorizon", "person" -> uuid(event.subjectId());
			default -> null;
		};
	}

	private static @Nullable UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
