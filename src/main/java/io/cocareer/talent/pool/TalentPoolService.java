package io.cocareer.talent.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.DesignationView;
import io.cocareer.talent.PoolFilter;
import io.cocareer.talent.TalentNotFoundException;
import io.cocareer.talent.TalentPool;
import io.cocareer.talent.TalentPoolEntry;
import io.cocareer.talent.internal.TalentGuard;
import io.cocareer.talent.internal.TalentReadModel;
import io.cocareer.talent.internal.TalentReadModel.PoolRow;
import io.cocareer.talent.pool.internal.TalentDesignation;
import io.cocareer.talent.pool.internal.TalentDesignationRepository;
import io.cocareer.talent.profile.TalentProfileService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent pool: designations with their reason, evidence, review date and 9-box rating, the
 * pool as the talent lead and managers see it, and its figures for the homes. Who may do what is
 * {@link TalentGuard}'s to say: only the talent lead designates, changes and ends designations and
 * sees the whole pool; a manager sees the talents among their direct reports.
 */
@Service
@Transactional
public class TalentPoolService implements TalentPool {

	/** Reviews due within this many days count as "due" in filters and on the home page. */
	public static final int REVIEW_DUE_DAYS = 30;

	private final TalentDesignationRepository designations;

	private final TalentProfileService profiles;

	private final TalentReadModel reads;

	private final TalentGuard guard;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TalentPoolService(TalentDesignationRepository designations, TalentProfileService profiles, TalentReadModel reads,
			TalentGuard guard, PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.designations = designations;
		this.profiles = profiles;
		this.reads = reads;
		this.guard = guard;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The active pool, soonest review first. Without a unit filter this is three statements
	 * whatever the pool's size (designations, labels, the page's names); the unit filter needs
	 * every talent's unit, so it reads the names of the whole filtered pool.
	 */
	@Transactional(readOnly = true)
	@Override
	public PageResult<TalentPoolEntry> pool(Actor actor, PoolFilter filter, Paging paging) {
		this.guard.requireLead(actor);
		LocalDate today = today();
		List<PoolRow> rows = this.reads.activeDesignations(filter.reason(),
				filter.reviewDue() ? today.plusDays(REVIEW_DUE_DAYS) : null);
		Map<String, String> labels = this.reads.labels();
		String unit = (filter.unitName() == null || filter.unitName().isBlank()) ? null : filter.unitName();
		Map<UUID, PersonSummary> names;
		List<PoolRow> page;
		long total;
		if (unit == null) {
			total = rows.size();
			page = slice(rows, paging);
			names = this.people.summaries(page.stream().map(PoolRow::personId).toList());
		}
		else {
			names = this.people.summaries(rows.stream().map(PoolRow::personId).toList());
			List<PoolRow> inUnit = rows.stream()
				.filter((row) -> names.containsKey(row.personId())
						&& unit.equals(names.get(row.personId()).unitName()))
				.toList();
			total = inUnit.size();
			page = slice(inUnit, paging);
		}
		List<TalentPoolEntry> entries = page.stream().map((row) -> entry(row, names, labels, today)).toList();
		return new PageResult<>(entries, paging.page(), paging.size(), total);
	}

	@Transactional(readOnly = true)
	@Override
	public Map<UUID, DesignationReason> activeReasons(Actor actor) {
		this.guard.requireLead(actor);
		Map<UUID, DesignationReason> reasons = new java.util.HashMap<>();
		this.reads.activeDesignations(null, null).forEach((row) -> reasons.put(row.personId(), row.reason()));
		return reasons;
	}

	@Transactional(readOnly = true)
	@Override
	public java.util.Set<io.cocareer.shared.PersonId> activeTalentIds() {
		java.util.Set<io.cocareer.shared.PersonId> ids = new java.util.HashSet<>();
		this.reads.activeDesignations(null, null).forEach((row) -> ids.add(io.cocareer.shared.PersonId.of(row.personId())));
		return ids;
	}

	/**
	 * The pool as the actor may see it: all of it for the talent lead, only the talents among
	 * their direct reports for a manager (2 statements plus labels), nothing for anyone else.
	 */
	@Transactional(readOnly = true)
	public PageResult<TalentPoolEntry> visiblePool(Actor actor, PoolFilter filter, Paging paging) {
		if (this.guard.poolScope(actor) == TalentGuard.PoolScope.WHOLE_POOL) {
			return pool(actor, filter, paging);
		}
		Map<UUID, PersonSummary> reports = new LinkedHashMap<>();
		this.people.directReports(actor.personId()).forEach((report) -> reports.put(report.id(), report));
		LocalDate today = today();
		LocalDate dueBy = today.plusDays(REVIEW_DUE_DAYS);
		String unit = (filter.unitName() == null || filter.unitName().isBlank()) ? null : filter.unitName();
		List<PoolRow> rows = this.reads.activeDesignationsOf(reports.keySet())
			.stream()
			.filter((row) -> filter.reason() == null || row.reason() == filter.reason())
			.filter((row) -> !filter.reviewDue() || !row.reviewOn().isAfter(dueBy))
			.filter((row) -> unit == null || unit.equals(reports.get(row.personId()).unitName()))
			.toList();
		Map<String, String> labels = this.reads.labels();
		List<TalentPoolEntry> entries = slice(rows, paging).stream()
			.map((row) -> entry(row, reports, labels, today))
			.toList();
		return new PageResult<>(entries, paging.page(), paging.size(), rows.size());
	}

	/** Designates a talent and starts their (empty) profile, if they have none yet. */
	public UUID designate(Actor actor, UUID personId, DesignationTerms terms) {
		this.guard.requireLead(actor);
		PersonView person = this.people.get(PersonId.ofNullable(personId));
		if (person.status() == PersonStatus.LEFT) {
			throw new BusinessRuleViolation("talent.designation.personLeft",
					"%s has left the organisation".formatted(person.fullName()), person.fullName());
		}
		Optional<TalentDesignation> existing = this.designations.findById(personId);
		if (existing.isPresent()) {
			if (existing.get().isActive()) {
				throw new BusinessRuleViolation("talent.designation.alreadyActive",
						"%s is already a talent".formatted(person.fullName()), person.fullName());
			}
			existing.get().reopen(terms, actor.username(), this.clock.instant(), today());
		}
		else {
			this.designations.save(TalentDesignation.designate(personId, terms, actor.username(), this.clock.instant(),
					today()));
		}
		this.profiles.startOnDesignation(actor, PersonId.of(personId));
		this.events.publishEvent(AuditEvent.career("talent.designated", "talent", personId, AuditEvent.person(PersonId.of(personId)),
				AuditEvent.term("talent.reason." + terms.reason())));
		return personId;
	}

	/** Designates the person with this employee id; an unknown id is a field error. */
	public UUID designateByEmployeeId(Actor actor, String employeeId, DesignationTerms terms) {
		this.guard.requireLead(actor);
		String clean = (employeeId == null) ? "" : employeeId.strip();
		PersonView person = this.people.findByEmployeeId(clean)
			.orElseThrow(() -> new InvalidInput("employeeId", "talent.designation.unknownEmployee",
					"Nobody has the employee id %s".formatted(clean), clean));
		return designate(actor, person.id(), terms);
	}

	/**
	 * People to designate, found by name, email, employee id or title (at most 8), with whether
	 * each is already an active talent: two statements.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(Actor actor, String query) {
		this.guard.requireLead(actor);
		if (query == null || query.isBlank()) {
			return List.of();
		}
		List<PersonSummary> found = this.people.search(query, null, Paging.of(0, 8)).items();
		Set<UUID> talents = talentIdsAmong(found.stream().map(PersonSummary::id).toList());
		return found.stream().map((person) -> new Candidate(person, talents.contains(person.id()))).toList();
	}

	/** Someone the talent lead might designate. */
	public record Candidate(PersonSummary person, boolean talent) {

	}

	/** Changes an active designation; {@code expectedVersion} (if given) guards against lost updates. */
	public void changeDesignation(Actor actor, UUID personId, DesignationTerms terms, Long expectedVersion) {
		this.guard.requireLead(actor);
		TalentDesignation designation = this.designations.findById(personId)
			.orElseThrow(() -> new TalentNotFoundException(PersonId.of(personId)));
		if (expectedVersion != null && designation.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Designation %s changed in the meantime".formatted(personId));
		}
		designation.change(terms, today());
		this.events.publishEvent(AuditEvent.career("talent.designation.changed", "talent", personId,
				AuditEvent.person(PersonId.of(personId)), AuditEvent.term("talent.reason." + terms.reason()),
				AuditEvent.text(terms.performance()), AuditEvent.text(terms.potential())));
	}

	public void endDesignation(Actor actor, UUID personId, String reason) {
		this.guard.requireLead(actor);
		TalentDesignation designation = this.designations.findById(personId)
			.orElseThrow(() -> new TalentNotFoundException(PersonId.of(personId)));
		designation.end(reason, this.clock.instant());
		this.events.publishEvent(AuditEvent.career("talent.designation.ended", "talent", personId,
				AuditEvent.person(PersonId.of(personId))));
	}

	@Transactional(readOnly = true)
	public DesignationView designation(Actor actor, UUID personId) {
		this.guard.requireLead(actor);
		return this.reads.designation(personId, today()).orElseThrow(() -> new TalentNotFoundException(PersonId.of(personId)));
	}

	// ---- reads for home pages ----------------------------------------------------------------

	/** Figures of the active pool, for the talent lead's home page (4 statements). */
	@Transactional(readOnly = true)
	public PoolSummary poolSummary() {
		LocalDate today = today();
		List<PoolRow> rows = this.reads.activeDesignations(null, null);
		Map<DesignationReason, Long> byReason = new EnumMap<>(DesignationReason.class);
		for (DesignationReason reason : DesignationReason.values()) {
			byReason.put(reason, rows.stream().filter((row) -> row.reason() == reason).count());
		}
		long due = rows.stream()
			.filter((row) -> !row.reviewOn().isBefore(today) && !row.reviewOn().isAfter(today.plusDays(REVIEW_DUE_DAYS)))
			.count();
		long overdue = rows.stream().filter((row) -> row.reviewOn().isBefore(today)).count();
		Map<String, String> labels = this.reads.labels();
		Map<String, Long> cells = new LinkedHashMap<>();
		for (int potential = 3; potential >= 1; potential--) {
			for (int performance = 1; performance <= 3; performance++) {
				int x = performance;
				int y = potential;
				cells.put(labels.get(TalentReadModel.cellKey(x, y)),
						rows.stream().filter((row) -> row.performance() == x && row.potential() == y).count());
			}
		}
		return new PoolSummary(rows.size(), byReason, due, overdue, cells);
	}

	@Transactional(readOnly = true)
	@Override
	public boolean isActiveTalent(io.cocareer.shared.PersonId personId) {
		return !talentIdsAmong(Set.of(personId.value())).isEmpty();
	}

	/** Which of these people are active talents (one statement per 1,000 ids). */
	@Transactional(readOnly = true)
	public Set<UUID> talentIdsAmong(Collection<UUID> personIds) {
		return this.reads.activeDesignationsOf(new HashSet<>(personIds))
			.stream()
			.map(PoolRow::personId)
			.collect(Collectors.toSet());
	}

	private static List<PoolRow> slice(List<PoolRow> rows, Paging paging) {
		int from = (int) Math.min(rows.size(), paging.offset());
		int to = (int) Math.min(rows.size(), (long) from + paging.size());
		return rows.subList(from, to);
	}

	private static TalentPoolEntry entry(PoolRow row, Map<UUID, PersonSummary> names, Map<String, String> labels,
			LocalDate today) {
		PersonSummary person = names.get(row.personId());
		return new TalentPoolEntry(PersonId.of(row.personId()), (person != null) ? person.employeeId() : null,
				TalentReadModel.name(names, row.personId()), (person != null) ? person.title() : null,
				(person != null) ? person.unitName() : null, row.reason(), row.performance(), row.potential(),
				labels.get(TalentReadModel.cellKey(row.performance(), row.potential())), row.reviewOn(),
				row.reviewOn().isBefore(today));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
