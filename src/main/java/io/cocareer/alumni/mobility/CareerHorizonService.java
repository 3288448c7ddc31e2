package io.cocareer.alumni.mobility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.alumni.CareerHorizonSet;
import io.cocareer.alumni.mobility.internal.CareerHorizon;
import io.cocareer.alumni.mobility.internal.CareerHorizons;
import io.cocareer.alumni.mobility.internal.MobilityAccess;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.Versions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talents' confidential career horizons: each talent sets, shares, unshares and clears their
 * own; the talent lead reads them all; a manager reads a report's only while it is shared
 * ({@link MobilityAccess}). "Exploring outside" publishes {@link CareerHorizonSet} and tells the
 * talent lead; audits and notices carry no words of the note.
 */
@Service
public class CareerHorizonService {

	public static final int MAX_NOTE = 1000;

	private final CareerHorizons horizons;

	private final MobilityAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CareerHorizonService(CareerHorizons horizons, MobilityAccess access, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock) {
		this.horizons = horizons;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor has a horizon of their own to set (the page and card show by it). */
	public boolean mayHaveHorizon(Actor actor) {
		return this.access.mayHaveHorizon(actor);
	}

	/** Whether the actor has a list of horizons to read (the lead's, or a manager's of their reports). */
	public boolean mayReadList(Actor actor) {
		return this.access.mayReadHorizonList(actor);
	}

	/** Whether the actor reads every talent's (the talent lead) rather than their reports' shared ones. */
	public boolean readsAll(Actor actor) {
		return this.access.mayReadAllHorizons(actor);
	}

	/** The talent's own horizon; none until they set one. */
	@Transactional(readOnly = true)
	public Optional<HorizonView> mine(Actor actor) {
		this.access.requireOwnHorizon(actor);
		return this.horizons.findById(actor.personId().value()).map((h) -> views(List.of(h)).get(0));
	}

	/**
	 * Sets the talent's own horizon.
	 * @param expectedVersion the version read (null: they had none)
	 */
	@Transactional
	public HorizonView set(Actor actor, SetHorizon command, Long expectedVersion) {
		this.access.requireOwnHorizon(actor);
		if (command.kind() == null) {
			throw new InvalidInput("kind", "alumni.mobility.horizon.kindRequired", "Choose where you see your career going");
		}
		Integer months = null;
		if (command.kind() == HorizonKind.EXPLORING_OUTSIDE) {
			if (command.withinMonths() == null || !HorizonKind.MONTHS.contains(command.withinMonths())) {
				throw new InvalidInput("withinMonths", "alumni.mobility.horizon.monthsRequired",
						"Choose within how many months: 3, 6, 12 or 24");
			}
			months = command.withinMonths();
		}
		String note = (command.note() == null || command.note().isBlank()) ? null : command.note().strip();
		if (note != null && note.length() > MAX_NOTE) {
			throw new InvalidInput("note", "alumni.mobility.horizon.noteTooLong",
					"A note has at most %d characters".formatted(MAX_NOTE), MAX_NOTE);
		}
		UUID personId = actor.personId().value();
		CareerHorizon horizon = this.horizons.findById(personId).orElseGet(() -> new CareerHorizon(personId));
		if (!horizon.isNew() && horizon.version() != Versions.required(expectedVersion)
				|| horizon.isNew() && expectedVersion != null && expectedVersion != 0) {
			throw new OptimisticLockingFailureException("The career horizon changed since it was read");
		}
		boolean newlyOutside = horizon.set(command.kind(), months, note, command.sharedWithManager(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.horizons.saveAndFlush(horizon);
		this.events.publishEvent(AuditEvent.career("alumni.mobility.horizonSet", "careerHorizon", personId,
				AuditEvent.term("alumni.mobility.kind." + command.kind()),
				AuditEvent.term("audit.alumniHorizonShared." + command.sharedWithManager())));
		if (newlyOutside) {
			LocalDate today = LocalDate.now(this.clock);
			this.events.publishEvent(new CareerHorizonSet(PersonId.of(personId), months, today));
			String name = this.people.find(PersonId.of(personId)).map((p) -> p.fullName()).orElse("");
			this.events.publishEvent(Notice.toRole("alumni.mobility.exploringOutside", Role.TALENT_LEAD,
					"notice.alumni.mobility.exploringOutside", List.of(name, String.valueOf(months)), "/mobility/horizons",
					"alumni.mobility.exploringOutside." + personId + "." + months + "." + today)
				.about(PersonId.of(personId)));
		}
		return views(List.of(horizon)).get(0);
	}

	/** Clears the talent's own horizon: nobody sees one any more. */
	@Transactional
	public void clear(Actor actor) {
		this.access.requireOwnHorizon(actor);
		this.horizons.findById(actor.personId().value()).ifPresent((h) -> {
			this.horizons.delete(h);
			this.events.publishEvent(AuditEvent.career("alumni.mobility.horizonCleared", "careerHorizon", h.personId()));
		});
	}

	/**
	 * The horizons the actor reads: every talent's for the talent lead; for a manager, those their
	 * direct reports share with them. Exploring outside first, soonest first, then by name.
	 */
	@Transactional(readOnly = true)
	public List<HorizonView> list(Actor actor) {
		this.access.requireHorizonList(actor);
		List<CareerHorizon> found;
		if (this.access.mayReadAllHorizons(actor)) {
			found = this.horizons.findAll();
		}
		else {
			List<UUID> reports = this.people.directReports(actor.personId()).stream().map(PersonSummary::id).toList();
			found = reports.isEmpty() ? List.of() : this.horizons.findByPersonIdInAndSharedWithManagerTrue(reports)
				.stream()
				.filter((h) -> this.access.mayReadHorizon(actor, h, true))
				.toList();
		}
		return views(found).stream()
			.sorted(Comparator.comparing((HorizonView h) -> h.kind() != HorizonKind.EXPLORING_OUTSIDE)
				.thenComparing((HorizonView h) -> (h.withinMonths() != null) ? h.withinMonths() : Integer.MAX_VALUE)
				.thenComparing(HorizonView::name))
			.toList();
	}

	private List<HorizonView> views(List<CareerHorizon> found) {
		Map<UUID, PersonSummary> names = this.people.summaries(found.stream().map(CareerHorizon::personId).toList());
		return found.stream().map((h) -> {
			PersonSummary person = names.get(h.personId());
			return new HorizonView(h.personId(), (person != null) ? person.fullName() : "", (person != null) ? person.unitName() : null,
					h.kind(), h.withinMonths(), h.note(), h.sharedWithManager(), h.updatedAt(), h.version());
		}).toList();
	}

}
