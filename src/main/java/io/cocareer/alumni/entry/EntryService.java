package io.cocareer.alumni.entry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.AlumniGroupSizeSettings;
import io.cocareer.alumni.entry.internal.CoverageCalculator;
import io.cocareer.alumni.entry.internal.EntryAccess;
import io.cocareer.alumni.entry.internal.EntryAcknowledgement;
import io.cocareer.alumni.entry.internal.EntryAcknowledgements;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.people.UnitView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alumni programme explained at entry: a pending acknowledgement for every hire, the reader's
 * own welcome and acknowledgement, and for the talent lead the coverage of hires (groups of at
 * least k only) and the worklist of new hires still to acknowledge, with reminders. Who sees and
 * does what is {@link EntryAccess}'s.
 */
@Service
public class EntryService {

	/** How many quarters of hires the coverage counts: the current one and the seven before. */
	public static final int COHORTS = 8;

	/** How far back the worklist of new hires still to acknowledge goes. */
	public static final int WORKLIST_DAYS = 90;

	private final EntryAcknowledgements acknowledgements;

	private final EntryAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int minGroupSize;

	EntryService(EntryAcknowledgements acknowledgements, EntryAccess access, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock,
			AlumniGroupSizeSettings groupSize) {
		this.acknowledgements = acknowledgements;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
		this.minGroupSize = groupSize.minGroupSize();
	}

	public boolean mayReadWelcome(Actor actor) {
		return this.access.mayReadWelcome(actor);
	}

	public boolean mayReadCoverage(Actor actor) {
		return this.access.mayReadCoverage(actor);
	}

	/**
	 * A hire joins (or a boomerang is rehired): their acknowledgement is pending. Idempotent: a
	 * second call for the same hire changes nothing; a rehire after an earlier acknowledgement asks
	 * for a new one. Called by the module's own listener and demo, not by other modules.
	 */
	@Transactional
	public void recordHire(PersonId personId, LocalDate hiredOn) {
		Optional<EntryAcknowledgement> existing = this.acknowledgements.findById(personId.value());
		if (existing.isEmpty()) {
			this.acknowledgements.insertHireIfAbsent(personId.value(), hiredOn, now());
		}
		else if (existing.get().hiredOn().isBefore(hiredOn)) {
			existing.get().hiredAgain(hiredOn);
		}
		else if (!existing.get().fromHire()) {
			// they read it before their hire reached this module: it counts as the hire's acknowledgement
			existing.get().countAsHire();
		}
	}

	/** The reader's part of the welcome page. */
	@Transactional(readOnly = true)
	public WelcomeView welcome(Actor actor) {
		this.access.requireWelcome(actor);
		if (!this.access.mayAcknowledge(actor)) {
			return new WelcomeView(false, false, null, null);
		}
		return this.acknowledgements.findById(actor.personId().value())
			.map((a) -> new WelcomeView(true, a.pending(), a.fromHire() ? a.hiredOn() : null, a.acknowledgedAt()))
			.orElse(new WelcomeView(true, false, null, null));
	}

	/** Whether the reader's home shows the welcome card: staff who have not said they read it. */
	@Transactional(readOnly = true)
	public boolean showsCard(Actor actor) {
		if (!this.access.mayAcknowledge(actor)) {
			return false;
		}
		return this.acknowledgements.findById(actor.personId().value()).map(EntryAcknowledgement::pending).orElse(true);
	}

	/** The reader says they have read it, now. Saying it again changes nothing. */
	@Transactional
	public WelcomeView acknowledge(Actor actor) {
		this.access.requireAcknowledge(actor);
		UUID personId = actor.personId().value();
		if (this.acknowledgements.findById(personId).isEmpty()) {
			// insert-if-absent, not a save: the hire's listener may write the same row at this moment
			LocalDate hiredOn = this.people.find(actor.personId()).map(PersonView::hireDate).orElse(LocalDate.now(this.clock));
			this.acknowledgements.insertReadIfAbsent(personId, hiredOn, now());
		}
		EntryAcknowledgement acknowledgement = this.acknowledgements.findById(personId).orElseThrow();
		if (acknowledgement.pending()) {
			acknowledgement.acknowledge(now());
			this.events.publishEvent(NoticeDone.forEveryone(actionKey(personId)));
			this.events.publishEvent(AuditEvent.open("alumni.entry.acknowledged", "alumniEntry", personId));
		}
		return welcome(actor);
	}

	/** The talent lead's coverage of the hires of the last {@link #COHORTS} quarters, and the worklist. */
	@Transactional(readOnly = true)
	public EntryCoverage coverage(Actor actor) {
		this.access.requireCoverage(actor);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate since = CoverageCalculator.firstDayOfQuarter(today).minusMonths(3L * (COHORTS - 1));
		List<EntryAcknowledgement> hires = this.acknowledgements.hiresSince(since);
		Map<UUID, UUID> unitOf = this.people.unitOfEachPerson();
		List<UnitView> units = this.people.units();
		EntryCoverage counted = CoverageCalculator.count(hires, unitOf, units, since, COHORTS, this.minGroupSize);
		LocalDate worklistSince = today.minusDays(WORKLIST_DAYS);
		List<EntryAcknowledgement> waiting = hires.stream()
			.filter((a) -> a.pending() && !a.hiredOn().isBefore(worklistSince))
			.toList();
		Map<UUID, PersonSummary> names = this.people.summaries(waiting.stream().map(EntryAcknowledgement::personId).toList());
		List<EntryCoverage.PendingHire> pending = waiting.stream()
			.filter((a) -> names.containsKey(a.personId()) && names.get(a.personId()).status() != PersonStatus.LEFT)
			.map((a) -> new EntryCoverage.PendingHire(a.personId(), names.get(a.personId()).fullName(),
					names.get(a.personId()).unitName(), a.hiredOn(), a.remindedAt()))
			.sorted(Comparator.comparing(EntryCoverage.PendingHire::hiredOn).thenComparing(EntryCoverage.PendingHire::name))
			.toList();
		return new EntryCoverage(counted.minGroupSize(), counted.since(), counted.total(), counted.byUnit(),
				counted.byCohort(), pending);
	}

	/** The talent lead reminds a new hire still to acknowledge (a notice, at most once a day). */
	@Transactional
	public void remind(Actor actor, UUID personId) {
		this.access.requireCoverage(actor);
		EntryAcknowledgement acknowledgement = this.acknowledgements.findById(personId)
			.filter(EntryAcknowledgement::fromHire)
			.orElseThrow(() -> new NotFoundException("alumni.entry.hire.notFound", "There is no such new hire"));
		if (!acknowledgement.pending()) {
			throw new BusinessRuleViolation("alumni.entry.remind.acknowledged", "They have already read it");
		}
		PersonView person = this.people.find(PersonId.of(personId))
			.filter((p) -> p.status() != PersonStatus.LEFT)
			.orElseThrow(() -> new BusinessRuleViolation("alumni.entry.remind.left", "They are no longer with the organisation"));
		LocalDate today = LocalDate.now(this.clock);
		acknowledgement.reminded(now());
		this.events.publishEvent(Notice.toPeople("alumni.entry.reminder", Set.of(person.id()),
				"notice.alumni.entry.reminder", List.of(), "/alumni/welcome", "alumni.entry.reminder." + personId + "." + today)
			.asking(actionKey(personId)));
		this.events.publishEvent(AuditEvent.open("alumni.entry.reminded", "alumniEntry", personId,
				AuditEvent.person(PersonId.of(personId))));
	}

	/** Now, as the database keeps it (microseconds): what a write answers is what a read gives back. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String actionKey(UUID personId) {
		return "alumni.entry.acknowledge." + personId;
	}

}
