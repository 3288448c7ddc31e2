package io.cocareer.talent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.talent.internal.Competency;
import io.cocareer.talent.internal.CompetencyRepository;
import io.cocareer.talent.internal.ProfileNote;
import io.cocareer.talent.internal.ProfileNoteRepository;
import io.cocareer.talent.internal.TalentDesignation;
import io.cocareer.talent.internal.TalentDesignationRepository;
import io.cocareer.talent.internal.TalentProfile;
import io.cocareer.talent.internal.TalentProfileRepository;
import io.cocareer.talent.internal.TalentReadModel;
import io.cocareer.talent.internal.TalentReadModel.PoolRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent module's API: the pool, profiles, notes, the 9-box and the competency catalogue.
 * <p>
 * Privacy is decided here, for the UI and the API alike, and is deny by default. A profile is
 * read by the talent themself, their direct manager and the talent lead; for anyone else it
 * does not exist (404, never 403, so its existence does not leak). Only the talent writes their
 * profile. The manager and the talent lead write notes; the talent reads the notes about them
 * too (transparency: nothing is said about a talent behind their back). Only the talent lead
 * designates, changes and ends designations, and sees the pool and the 9-box.
 */
@Service
@Transactional
public class TalentService {

	/** Reviews due within this many days count as "due" in filters and on the home page. */
	public static final int REVIEW_DUE_DAYS = 30;

	private final TalentDesignationRepository designations;

	private final TalentProfileRepository profiles;

	private final ProfileNoteRepository notes;

	private final CompetencyRepository competencies;

	private final TalentReadModel reads;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TalentService(TalentDesignationRepository designations, TalentProfileRepository profiles,
			ProfileNoteRepository notes, CompetencyRepository competencies, TalentReadModel reads, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock) {
		this.designations = designations;
		this.profiles = profiles;
		this.notes = notes;
		this.competencies = competencies;
		this.reads = reads;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	// ---- the pool ----------------------------------------------------------------------------

	/**
	 * The active pool, soonest review first. Without a unit filter this is three statements
	 * whatever the pool's size (designations, labels, the page's names); the unit filter needs
	 * every talent's unit, so it reads the names of the whole filtered pool.
	 */
	@Transactional(readOnly = true)
	public PageResult<TalentPoolEntry> pool(Actor actor, PoolFilter filter, Paging paging) {
		requireLead(actor);
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

	/**
	 * The pool as the actor may see it: all of it for the talent lead, only the talents among
	 * their direct reports for a manager (2 statements plus labels), nothing for anyone else.
	 */
	@Transactional(readOnly = true)
	public PageResult<TalentPoolEntry> visiblePool(Actor actor, PoolFilter filter, Paging paging) {
		if (actor.isTalentLead()) {
			return pool(actor, filter, paging);
		}
		if (!actor.has(Role.MANAGER) || actor.personId() == null) {
			throw denied();
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

	public UUID designate(Actor actor, UUID personId, DesignationTerms terms) {
		requireLead(actor);
		PersonView person = this.people.get(personId);
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
		if (!this.profiles.existsById(personId)) {
			this.profiles.save(TalentProfile.empty(personId, actor.username(), this.clock.instant()));
		}
		this.events.publishEvent(AuditEvent.career("talent.designated", "talent", personId, AuditEvent.person(personId),
				AuditEvent.term("talent.reason." + terms.reason())));
		return personId;
	}

	/** Designates the person with this employee id; an unknown id is a field error. */
	public UUID designateByEmployeeId(Actor actor, String employeeId, DesignationTerms terms) {
		requireLead(actor);
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
		requireLead(actor);
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
		requireLead(actor);
		TalentDesignation designation = this.designations.findById(personId)
			.orElseThrow(() -> new TalentNotFoundException(personId));
		if (expectedVersion != null && designation.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Designation %s changed in the meantime".formatted(personId));
		}
		designation.change(terms, today());
		this.events.publishEvent(AuditEvent.career("talent.designation.changed", "talent", personId,
				AuditEvent.person(personId), AuditEvent.term("talent.reason." + terms.reason()),
				AuditEvent.text(terms.performance()), AuditEvent.text(terms.potential())));
	}

	public void endDesignation(Actor actor, UUID personId, String reason) {
		requireLead(actor);
		TalentDesignation designation = this.designations.findById(personId)
			.orElseThrow(() -> new TalentNotFoundException(personId));
		designation.end(reason, this.clock.instant());
		this.events.publishEvent(AuditEvent.career("talent.designation.ended", "talent", personId,
				AuditEvent.person(personId)));
	}

	@Transactional(readOnly = true)
	public DesignationView designation(Actor actor, UUID personId) {
		requireLead(actor);
		return this.reads.designation(personId, today()).orElseThrow(() -> new TalentNotFoundException(personId));
	}

	// ---- profiles ----------------------------------------------------------------------------

	/** The profile, if the actor may see it; otherwise, and if there is none, a 404. */
	@Transactional(readOnly = true)
	public TalentProfileView profile(Actor actor, UUID personId) {
		return findProfile(actor, personId).orElseThrow(() -> new TalentNotFoundException(personId));
	}

	/**
	 * The profile, if there is one and the actor may see it; empty otherwise, for the screens
	 * that show a profile beside something else. Empty rather than thrown, so a caller's
	 * transaction is not marked for rollback by an absence it expects.
	 */
	@Transactional(readOnly = true)
	public Optional<TalentProfileView> findProfile(Actor actor, UUID personId) {
		if (personId == null) {
			return Optional.empty();
		}
		boolean self = actor.isPerson(personId);
		boolean lead = actor.isTalentLead();
		boolean manager = !self && !lead && this.people.isManagerOf(actor.personId(), personId);
		if (!self && !lead && !manager) {
			return Optional.empty();
		}
		Optional<DesignationView> designation = this.reads.designation(personId, today());
		Optional<TalentReadModel.ProfileRow> profile = this.reads.profile(personId);
		// a talent without a profile yet sees an empty one to start from; for others it does not exist
		if (designation.isEmpty() && profile.isEmpty() && !(self && mayStartProfile(actor))) {
			return Optional.empty();
		}
		Optional<PersonView> found = this.people.find(personId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PersonView person = found.get();
		TalentReadModel.ProfileRow row = profile
			.orElse(new TalentReadModel.ProfileRow(null, null, null, null, null, null, 0, false));
		boolean hasProfile = profile.isPresent();
		return Optional.of(new TalentProfileView(person, designation.orElse(null),
				hasProfile ? this.reads.values(personId) : List.of(), row.shortTermAspiration(),
				row.longTermAspiration(), hasProfile ? this.reads.desiredRoles(personId) : List.of(),
				row.personalBrand(), row.potentialStatement(),
				hasProfile ? this.reads.competencies(personId) : List.of(), notesOf(personId),
				row.updatedAt(), row.updatedBy(), row.version(), self && mayKeepProfile(actor, designation),
				(lead || manager) && !self, lead, row.discoverable()));
	}

	/**
	 * Where "my profile" is: the actor's own person id when they have a profile or a
	 * designation, empty otherwise (the page then explains, and offers to start one).
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> ownProfile(Actor actor) {
		if (actor.personId() == null) {
			return Optional.empty();
		}
		UUID id = actor.personId();
		boolean exists = this.reads.hasProfile(id) || this.designations.existsById(id);
		return exists ? Optional.of(id) : Optional.empty();
	}

	/** Whether the actor may start a profile of their own: everyone with the talent role may. */
	public boolean mayStartProfile(Actor actor) {
		return actor.personId() != null && actor.has(Role.TALENT);
	}

	/** The talent writes their own profile (and starts it, if they have none yet). */
	public void reviseProfile(Actor actor, UUID personId, ProfileRevision revision) {
		TalentProfile profile = ownProfileIfAny(actor, personId);
		if (profile == null) {
			if (revision.expectedVersion() != 0) {
				throw new OptimisticLockingFailureException("Profile %s does not exist yet".formatted(personId));
			}
			profile = TalentProfile.empty(personId, actor.username(), this.clock.instant());
			profile.revise(revision, this.reads.catalogueIds(), actor.username(), this.clock.instant());
			this.profiles.save(profile);
		}
		else {
			if (profile.version() != revision.expectedVersion()) {
				throw new OptimisticLockingFailureException("Profile %s changed in the meantime".formatted(personId));
			}
			profile.revise(revision, this.reads.catalogueIds(), actor.username(), this.clock.instant());
		}
		this.events.publishEvent(AuditEvent.career("talent.profile.updated", "talent", personId,
				AuditEvent.person(personId)));
	}

	/**
	 * The talent's choice whether creators and sponsors of work packages may find them among the
	 * best candidates (with their name, title, unit, score and how their levels cover what the
	 * package needs; never their aspirations, values or notes). Only the talent chooses; a talent
	 * without a profile yet starts one.
	 */
	public void chooseDiscoverability(Actor actor, UUID personId, boolean discoverable) {
		TalentProfile profile = ownProfileIfAny(actor, personId);
		if (profile == null) {
			profile = this.profiles.save(TalentProfile.empty(personId, actor.username(), this.clock.instant()));
		}
		profile.chooseDiscoverability(discoverable, actor.username(), this.clock.instant());
		this.events.publishEvent(AuditEvent.career(
				discoverable ? "talent.profile.discoverable" : "talent.profile.undiscoverable", "talent", personId,
				AuditEvent.person(personId)));
	}

	/**
	 * The actor's own profile, {@code null} if they have none yet; refuses anyone but the person,
	 * and a person who may keep no profile.
	 */
	private TalentProfile ownProfileIfAny(Actor actor, UUID personId) {
		requireSelf(actor, personId);
		Optional<DesignationView> designation = this.reads.designation(personId, today());
		if (!mayKeepProfile(actor, designation)) {
			throw new PermissionDenied("talent.denied.noProfile", "Only talents keep a profile");
		}
		return this.profiles.findById(personId).orElse(null);
	}

	/** How much of the profile is filled in, 0 to 100 (for home pages). */
	@Transactional(readOnly = true)
	public int profileCompleteness(UUID personId) {
		return Math.round(this.reads.filledParts(personId) * 100f / 7);
	}

	// ---- notes -------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<NoteView> notes(Actor actor, UUID personId) {
		requireReadable(actor, personId);
		return notesOf(personId);
	}

	/** The notes with their authors' names as they are now: two statements. */
	private List<NoteView> notesOf(UUID personId) {
		List<TalentReadModel.NoteRow> rows = this.reads.notes(personId);
		Map<UUID, String> names = new LinkedHashMap<>();
		this.people.summaries(rows.stream().map(TalentReadModel.NoteRow::authorPersonId).filter(Objects::nonNull).toList())
			.forEach((id, person) -> names.put(id, person.fullName()));
		return rows.stream().map((row) -> row.view(names)).toList();
	}

	public UUID addNote(Actor actor, UUID personId, String body) {
		boolean self = requireReadable(actor, personId);
		if (self) {
			throw new PermissionDenied("talent.denied.noteOnSelf", "Notes are written by the manager or the talent lead");
		}
		ProfileNote note = this.notes.save(ProfileNote.write(personId, actor.accountId(), actor.personId(),
				actor.displayName(), body, this.clock.instant()));
		this.events.publishEvent(AuditEvent.career("talent.note.added", "talent", personId, AuditEvent.person(personId)));
		return note.id();
	}

	// ---- competency catalogue ----------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<CompetencyView> competencies() {
		return this.reads.catalogue();
	}

	/** The catalogue as the talent lead's page shows it (the page is the lead's alone). */
	@Transactional(readOnly = true)
	public List<CompetencyView> catalogueForLead(Actor actor) {
		requireLead(actor);
		return this.reads.catalogue();
	}

	public UUID addCompetency(Actor actor, String name, String category, String description) {
		requireLead(actor);
		String cleanName = required(name, "name", 80);
		String cleanCategory = required(category, "category", 40);
		String cleanDescription = (description == null || description.isBlank()) ? null : description.strip();
		if (cleanDescription != null && cleanDescription.length() > 400) {
			throw new InvalidInput("description", "talent.competency.tooLong", "At most 400 characters", 400);
		}
		if (this.competencies.findByNameIgnoreCase(cleanName).isPresent()) {
			throw new BusinessRuleViolation("talent.competency.duplicateName",
					"The catalogue already has %s".formatted(cleanName), cleanName);
		}
		Competency competency = this.competencies.save(new Competency(cleanName, cleanCategory, cleanDescription));
		this.events.publishEvent(AuditEvent.open("talent.competency.added", "competency", competency.id(),
				AuditEvent.text(cleanName), AuditEvent.text(cleanCategory)));
		return competency.id();
	}

	// ---- 9-box -------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public NineBoxView nineBox(Actor actor) {
		requireLead(actor);
		List<PoolRow> rows = this.reads.activeDesignations(null, null);
		Map<String, String> labels = this.reads.labels();
		Map<UUID, PersonSummary> names = this.people.summaries(rows.stream().map(PoolRow::personId).toList());
		List<NineBoxView.Cell> cells = new ArrayList<>();
		for (int potential = 3; potential >= 1; potential--) {
			for (int performance = 1; performance <= 3; performance++) {
				int x = performance;
				int y = potential;
				List<NineBoxView.Member> members = rows.stream()
					.filter((row) -> row.performance() == x && row.potential() == y)
					.map((row) -> new NineBoxView.Member(row.personId(), name(names, row.personId())))
					.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
					.toList();
				cells.add(new NineBoxView.Cell(x, y, labels.get(TalentReadModel.cellKey(x, y)), members));
			}
		}
		return new NineBoxView(cells, rows.size());
	}

	/** The nine labels in the 9-box's reading order (high potential first, low performance first). */
	@Transactional(readOnly = true)
	public List<String> nineBoxLabels(Actor actor) {
		requireLead(actor);
		Map<String, String> labels = this.reads.labels();
		List<String> ordered = new ArrayList<>();
		for (int potential = 3; potential >= 1; potential--) {
			for (int performance = 1; performance <= 3; performance++) {
				ordered.add(labels.get(TalentReadModel.cellKey(performance, potential)));
			}
		}
		return ordered;
	}

	/** Renames the nine cells; the labels come in the reading order of {@link #nineBoxLabels}. */
	public void relabelNineBox(Actor actor, List<String> labels) {
		requireLead(actor);
		if (labels == null || labels.size() != 9) {
			throw new InvalidInput("labels", "talent.nineBox.nineLabels", "Give the nine labels");
		}
		List<String> clean = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			clean.add(required(labels.get(i), "labels[" + i + "]", 60));
		}
		int i = 0;
		for (int potential = 3; potential >= 1; potential--) {
			for (int performance = 1; performance <= 3; performance++) {
				this.reads.relabel(performance, potential, clean.get(i++));
			}
		}
		this.events.publishEvent(AuditEvent.open("talent.nineBox.relabelled", "nineBox", "labels"));
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

	/** Which of these people are active talents (one statement per 1,000 ids). */
	@Transactional(readOnly = true)
	public Set<UUID> talentIdsAmong(Collection<UUID> personIds) {
		return this.reads.activeDesignationsOf(new HashSet<>(personIds))
			.stream()
			.map(PoolRow::personId)
			.collect(Collectors.toSet());
	}

	// ---- reads for matching ------------------------------------------------------------------

	/**
	 * The active pool as matching needs it: per talent, the levels in the given competencies (the
	 * ones a work package requires; a talent without any of them has no levels) and the
	 * aspiration texts. Two statements whatever the size of the pool.
	 * <p>
	 * For matching only. It checks no actor, because it reads the pool to score it, not to show
	 * profiles: its one caller is {@code io.cocareer.tour.matching.MatchingService}, which lets only the
	 * talent lead and a package's creator or sponsor rank candidates, and shows them scores and
	 * reasons (levels covered, gaps, shared aspiration words), never the profile. Anything that
	 * would show these records to someone else must go through {@link #profile} instead.
	 * {@code MatchingReadAccessTests} keeps other callers out.
	 */
	@Transactional(readOnly = true)
	public List<MatchingProfile> matchingPool(Collection<UUID> competencyIds) {
		return this.reads.matchingPool(competencyIds);
	}

	/**
	 * One person's levels in all their competencies and their aspiration texts (empty without a
	 * profile), for matching only, as {@link #matchingPool}: its caller ranks packages for the
	 * person themself, their manager and the talent lead, who may read the profile anyway.
	 */
	@Transactional(readOnly = true)
	public MatchingProfile matchingProfile(UUID personId) {
		return this.reads.matchingProfile(personId);
	}

	// ---- rules -------------------------------------------------------------------------------

	/** Returns whether the actor is the talent themself. */
	private boolean requireReadable(Actor actor, UUID personId) {
		boolean self = actor.isPerson(personId);
		if (!self && !actor.isTalentLead() && !this.people.isManagerOf(actor.personId(), personId)) {
			throw new TalentNotFoundException(personId);
		}
		if (!this.reads.hasProfile(personId) && !this.designations.existsById(personId)) {
			throw new TalentNotFoundException(personId);
		}
		return self;
	}

	/** Only the talent writes their profile; readers who are not the talent are told so, others get a 404. */
	private void requireSelf(Actor actor, UUID personId) {
		if (actor.isPerson(personId)) {
			return;
		}
		if (actor.isTalentLead() || this.people.isManagerOf(actor.personId(), personId)) {
			throw new PermissionDenied("talent.denied.editOthers", "Only the talent edits their profile");
		}
		throw new TalentNotFoundException(personId);
	}

	private static boolean mayKeepProfile(Actor actor, Optional<DesignationView> designation) {
		return actor.has(Role.TALENT) || designation.map(DesignationView::active).orElse(false);
	}

	private static void requireLead(Actor actor) {
		if (!actor.isTalentLead()) {
			throw denied();
		}
	}

	private static PermissionDenied denied() {
		return new PermissionDenied("talent.denied.leadOnly", "Only the talent lead manages the talent pool");
	}

	private static String required(String typed, String field, int max) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidInput(field, "talent.field.required", "Required");
		}
		String clean = typed.strip();
		if (clean.length() > max) {
			throw new InvalidInput(field, "talent.field.tooLong", "At most %d characters".formatted(max), max);
		}
		return clean;
	}

	private static List<PoolRow> slice(List<PoolRow> rows, Paging paging) {
		int from = (int) Math.min(rows.size(), paging.offset());
		int to = (int) Math.min(rows.size(), (long) from + paging.size());
		return rows.subList(from, to);
	}

	private static TalentPoolEntry entry(PoolRow row, Map<UUID, PersonSummary> names, Map<String, String> labels,
			LocalDate today) {
		PersonSummary person = names.get(row.personId());
		return new TalentPoolEntry(row.personId(), (person != null) ? person.employeeId() : null,
				name(names, row.personId()), (person != null) ? person.title() : null,
				(person != null) ? person.unitName() : null, row.reason(), row.performance(), row.potential(),
				labels.get(TalentReadModel.cellKey(row.performance(), row.potential())), row.reviewOn(),
				row.reviewOn().isBefore(today));
	}

	private static String name(Map<UUID, PersonSummary> names, UUID personId) {
		PersonSummary person = names.get(personId);
		return (person != null) ? person.fullName() : personId.toString().substring(0, 8);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
