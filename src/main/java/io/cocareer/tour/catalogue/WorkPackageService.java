package io.cocareer.tour.catalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.people.UnitView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.CompetencyView;
import io.cocareer.tour.TourPackages;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.internal.CatalogueQuery;
import io.cocareer.tour.catalogue.internal.PackageCompetency;
import io.cocareer.tour.catalogue.internal.WorkPackage;
import io.cocareer.tour.catalogue.internal.WorkPackageInterest;
import io.cocareer.tour.catalogue.internal.WorkPackageInterestRepository;
import io.cocareer.tour.catalogue.internal.WorkPackageRepository;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work package catalogue. Rules, for the UI and the API alike:
 * <ul>
 * <li>the talent lead and managers create packages; a manager changes only the packages they
 * created or sponsor, the talent lead changes any;</li>
 * <li>a DRAFT is seen only by its creator and the talent lead (for anyone else it does not
 * exist: 404); once opened, the whole staff sees it;</li>
 * <li>anyone with a person expresses interest in an OPEN package, once, and may withdraw it;
 * who is interested is seen by those who manage the package, and each person sees their own;
 * its sponsor is told;</li>
 * <li>a package whose seats are all taken by running tours is staffed.</li>
 * </ul>
 * The staff are the programme's audience as {@link TourGuard} says. The tour asks its questions
 * about its package through {@link TourPackages}, which this service answers; matching, the
 * agreement and the closing review read packages through {@link #profile(UUID)} and its kin.
 */
@Service
@Transactional
public class WorkPackageService implements TourPackages {

	private final WorkPackageRepository packages;

	private final WorkPackageInterestRepository interests;

	private final PeopleDirectory people;

	private final CompetencyCatalogue talents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TourGuard guard;

	private final TourRepository tours;

	WorkPackageService(WorkPackageRepository packages, WorkPackageInterestRepository interests, PeopleDirectory people,
			CompetencyCatalogue talents, ApplicationEventPublisher events, Clock clock, TourGuard guard,
			TourRepository tours) {
		this.guard = guard;
		this.packages = packages;
		this.interests = interests;
		this.people = people;
		this.talents = talents;
		this.events = events;
		this.clock = clock;
		this.tours = tours;
	}

	/**
	 * This service once more, on another clock and publisher: for the demo, which plays each step
	 * of its story at its own moment.
	 */
	public WorkPackageService on(Clock clock, ApplicationEventPublisher events) {
		return new WorkPackageService(this.packages, this.interests, this.people, this.talents, events, clock,
				this.guard, this.tours);
	}

	// ---- reads -------------------------------------------------------------------------------

	/**
	 * The packages the actor may see, filtered, soonest start first. The database filters (the
	 * visibility rule included), pages and counts: two statements, plus one each for the page's
	 * sponsors, the units and the interest counts, however large the catalogue.
	 */
	@Transactional(readOnly = true)
	public PageResult<WorkPackageSummary> catalogue(Actor actor, PackageFilter filter, Paging paging) {
		this.guard.requireStaff(actor);
		Specification<WorkPackage> query = CatalogueQuery.visible(actor.isTalentLead(), AccountId.valueOf(actor.accountId()),
				filter.status(), filter.unitId(), filter.tourType(), filter.weak(), filter.words());
		List<WorkPackage> page;
		long total;
		if (paging.offset() + paging.size() > Integer.MAX_VALUE) {
			// far beyond any catalogue: nothing on the page, and JPA takes no offset this large
			page = List.of();
			total = this.packages.count(query);
		}
		else {
			Page<WorkPackage> found = this.packages.findAll(query,
					PageRequest.of(paging.page(), paging.size(), CatalogueQuery.ORDER));
			page = found.getContent();
			total = found.getTotalElements();
		}
		Map<UUID, PersonSummary> sponsors = this.people.summaries(page.stream().map(WorkPackage::sponsorId).toList());
		Map<UUID, String> units = unitNames();
		Map<UUID, Long> counts = new HashMap<>();
		if (!page.isEmpty()) {
			for (Object[] row : this.interests.countsFor(page.stream().map(WorkPackage::id).toList())) {
				counts.put((UUID) row[0], ((Number) row[1]).longValue());
			}
		}
		List<WorkPackageSummary> items = page.stream()
			.map((pkg) -> new WorkPackageSummary(pkg.id(), pkg.title(), pkg.unitId(), units.get(pkg.unitId()),
					pkg.sponsorId(), name(sponsors.get(pkg.sponsorId())), pkg.startOn(), pkg.endOn(), pkg.timeShare(),
					pkg.seats(), pkg.tourType(), pkg.status(), pkg.quality(), counts.getOrDefault(pkg.id(), 0L)))
			.toList();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	@Transactional(readOnly = true)
	public WorkPackageView get(Actor actor, UUID id) {
		return view(actor, visible(actor, id));
	}

	/** Whether the actor may create work packages (the talent lead and managers). */
	public boolean mayCreate(Actor actor) {
		return actor.isTalentLead() || actor.has(Role.MANAGER);
	}

	/** The employee id a new package's sponsor starts as: the actor's own, if they are a person. */
	@Transactional(readOnly = true)
	public String defaultSponsorEmployeeId(Actor actor) {
		return (actor.personId() != null)
				? this.people.find(actor.personId()).map(PersonView::employeeId).orElse(null) : null;
	}

	/** The competency catalogue to choose required competencies from. */
	@Transactional(readOnly = true)
	public List<CompetencyView> competencyCatalogue() {
		return this.talents.competencies();
	}

	@Transactional(readOnly = true)
	public List<UnitView> units() {
		return this.people.units();
	}

	// ---- writes ------------------------------------------------------------------------------

	public UUID create(Actor actor, WorkPackageTerms terms) {
		if (!mayCreate(actor)) {
			throw new PermissionDenied("tour.denied.createPackage",
					"Only the talent lead and managers create work packages");
		}
		UUID sponsorId = sponsor(terms.sponsorEmployeeId());
		requireUnit(terms.unitId());
		WorkPackage pkg = WorkPackage.draft(terms, sponsorId, catalogueIds(),
				new WorkPackage.Creator(AccountId.valueOf(actor.accountId()), PersonId.valueOf(actor.personId()), actor.displayName()), this.clock.instant());
		this.packages.save(pkg);
		this.events.publishEvent(AuditEvent.career("tour.package.created", "workPackage", pkg.id(),
				AuditEvent.text(pkg.title())));
		return pkg.id();
	}

	public void update(Actor actor, UUID id, WorkPackageTerms terms, long expectedVersion) {
		WorkPackage pkg = managed(actor, id);
		if (pkg.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Work package %s changed in the meantime".formatted(id));
		}
		UUID sponsorId = sponsor(terms.sponsorEmployeeId());
		requireUnit(terms.unitId());
		pkg.revise(terms, sponsorId, catalogueIds(), ActedBy.of(actor), this.clock.instant());
		this.packages.flush();
		this.events.publishEvent(AuditEvent.career("tour.package.updated", "workPackage", id, AuditEvent.text(pkg.title())));
	}

	/** Moves a package along its lifecycle; {@code expectedVersion} (if given) guards against lost updates. */
	public void changeStatus(Actor actor, UUID id, WorkPackageStatus target, Long expectedVersion) {
		WorkPackage pkg = managed(actor, id);
		if (expectedVersion != null && pkg.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Work package %s changed in the meantime".formatted(id));
		}
		WorkPackageStatus from = pkg.status();
		pkg.moveTo(target, ActedBy.of(actor), this.clock.instant());
		this.packages.flush();
		this.events.publishEvent(AuditEvent.career("tour.package.statusChanged", "workPackage", id,
				AuditEvent.text(pkg.title()), AuditEvent.term("audit.packageStatus." + target)));
	}

	public void expressInterest(Actor actor, UUID id, String note) {
		UUID personId = actor.requirePersonId().value();
		WorkPackage pkg = visible(actor, id);
		if (pkg.status() != WorkPackageStatus.OPEN) {
			throw new BusinessRuleViolation("tour.interest.notOpen",
					"Interest is expressed in open work packages only");
		}
		if (pkg.createdBy(actor.accountId()) || pkg.sponsoredBy(PersonId.of(personId))) {
			throw new BusinessRuleViolation("tour.interest.ownPackage",
					"You created or sponsor this work package");
		}
		if (this.interests.findByWorkPackageIdAndPersonId(id, personId).isPresent()) {
			throw new BusinessRuleViolation("tour.interest.already",
					"You have already expressed interest in this work package");
		}
		this.interests.saveAndFlush(WorkPackageInterest.express(id, personId, note, this.clock.instant()));
		this.events.publishEvent(AuditEvent.career("tour.interest.expressed", "workPackage", id,
				AuditEvent.text(pkg.title())));
		interestExpressed(pkg, actor);
	}

	public void withdrawInterest(Actor actor, UUID id) {
		UUID personId = actor.requirePersonId().value();
		WorkPackage pkg = visible(actor, id);
		WorkPackageInterest interest = this.interests.findByWorkPackageIdAndPersonId(id, personId)
			.orElseThrow(() -> new NotFoundException("tour.interest.notFound",
					"You have not expressed interest in this work package"));
		this.interests.delete(interest);
		this.events.publishEvent(AuditEvent.career("tour.interest.withdrawn", "workPackage", id,
				AuditEvent.text(pkg.title())));
	}

	// ---- for the tour and the other parts of the tours -----------------------------------------

	@Override
	@Transactional(readOnly = true)
	public TourPackage proposedFrom(Actor actor, UUID packageId) {
		return this.packages.findById(packageId)
			.filter((found) -> seesIfDraft(actor, found))
			.map(WorkPackageService::forTour)
			.orElseThrow(() -> new WorkPackageNotFoundException(packageId));
	}

	@Override
	@Transactional(readOnly = true)
	public TourPackage seenBy(Actor actor, UUID packageId) {
		return forTour(visible(actor, packageId));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TourPackage> find(UUID packageId) {
		return this.packages.findById(packageId).map(WorkPackageService::forTour);
	}

	@Override
	public void seatTaken(UUID packageId, Actor actor) {
		this.packages.findById(packageId).ifPresent((pkg) -> {
			long taken = this.tours.countByWorkPackageIdAndStateIn(packageId,
					EnumSet.of(TourState.SIGNED, TourState.ACTIVE, TourState.IN_CLOSING_REVIEW));
			if (pkg.status() == WorkPackageStatus.OPEN && taken >= pkg.seats()) {
				pkg.moveTo(WorkPackageStatus.STAFFED, ActedBy.of(actor), this.clock.instant());
				this.events.publishEvent(AuditEvent.career("tour.package.statusChanged", "workPackage", packageId,
						AuditEvent.text(pkg.title()), AuditEvent.term("audit.packageStatus." + WorkPackageStatus.STAFFED)));
			}
		});
	}

	/** The package, whoever asks: for the parts of the tours that apply their own rules to it. */
	@Transactional(readOnly = true)
	public Optional<PackageProfile> profile(UUID packageId) {
		return this.packages.findById(packageId).map(WorkPackageService::profileOf);
	}

	/**
	 * The package, if the actor may know it exists (a draft only for its creator and the talent
	 * lead); a 404 otherwise.
	 */
	@Transactional(readOnly = true)
	public PackageProfile profile(Actor actor, UUID packageId) {
		return this.packages.findById(packageId)
			.filter((found) -> seesIfDraft(actor, found))
			.map(WorkPackageService::profileOf)
			.orElseThrow(() -> new WorkPackageNotFoundException(packageId));
	}

	/** The open packages with their required competencies, in one statement. */
	@Transactional(readOnly = true)
	public List<PackageProfile> openPackages() {
		return this.packages.findByStatus(WorkPackageStatus.OPEN).stream().map(WorkPackageService::profileOf).toList();
	}

	/**
	 * The OPEN packages of the type, soonest start first, with their seats and how many of them
	 * tours not finished hold (for planning several tours at once: {@code TourPlanning}).
	 */
	@Transactional(readOnly = true)
	public List<io.cocareer.tour.TourPlanning.OpenSeats> openSeats(TourType type) {
		Set<TourState> holding = EnumSet.complementOf(EnumSet.of(TourState.COMPLETED, TourState.ENDED_EARLY));
		Map<UUID, String> units = unitNames();
		return this.packages.findByStatus(WorkPackageStatus.OPEN)
			.stream()
			.filter((pkg) -> pkg.tourType() == type)
			.sorted(java.util.Comparator.comparing(WorkPackage::startOn).thenComparing(WorkPackage::title))
			.map((pkg) -> new io.cocareer.tour.TourPlanning.OpenSeats(pkg.id(), pkg.title(), units.get(pkg.unitId()),
					pkg.startOn(), pkg.endOn(), pkg.timeShare(), pkg.seats(),
					(int) this.tours.countByWorkPackageIdAndStateIn(pkg.id(), holding)))
			.toList();
	}

	/** Who expressed interest in the package, first come first. */
	@Transactional(readOnly = true)
	public List<UUID> interested(UUID packageId) {
		return this.interests.findByWorkPackageIdOrderByExpressedAt(packageId)
			.stream()
			.map(WorkPackageInterest::personId)
			.toList();
	}

	/** The demo's packages by title, to build its story on. */
	@Transactional(readOnly = true)
	public Map<String, UUID> idsByTitle() {
		Map<String, UUID> ids = new java.util.LinkedHashMap<>();
		this.packages.findAll().forEach((pkg) -> ids.put(pkg.title(), pkg.id()));
		return ids;
	}

	private static TourPackage forTour(WorkPackage pkg) {
		return new TourPackage(pkg.id(), pkg.title(), pkg.sponsorId(), pkg.tourType(), pkg.startOn(), pkg.endOn(),
				pkg.timeShare(), pkg.status().name(), pkg.status() == WorkPackageStatus.OPEN);
	}

	private static PackageProfile profileOf(WorkPackage pkg) {
		List<RequiredCompetency> needs = new ArrayList<>();
		for (PackageCompetency need : pkg.competencies()) {
			needs.add(new RequiredCompetency(need.competencyId(), need.requiredLevel()));
		}
		return new PackageProfile(pkg.id(), pkg.title(), pkg.description(), pkg.expectedResults(), pkg.status(),
				pkg.tourType(), pkg.startOn(), pkg.endOn(), pkg.timeShare(), pkg.sponsorId(), pkg.createdByAccount(),
				List.copyOf(needs));
	}

	/** Someone expressed interest in a package: its sponsor is told (once per person and package). */
	private void interestExpressed(WorkPackage pkg, Actor actor) {
		if (actor.isPerson(PersonId.ofNullable(pkg.sponsorId()))) {
			return;
		}
		this.events.publishEvent(Notice.toPeople("tour.interestExpressed", Set.of(pkg.sponsorId()),
				"notice.tour.interestExpressed", List.of(actor.displayName(), pkg.title()), "/tours/packages/" + pkg.id(),
				"interest:" + pkg.id() + ":" + actor.personId()));
	}

	// ---- rules -------------------------------------------------------------------------------

	/** Whether the actor may see the package if it is a draft: its creator and the talent lead only. */
	private static boolean seesIfDraft(Actor actor, WorkPackage pkg) {
		return pkg.status() != WorkPackageStatus.DRAFT || actor.isTalentLead() || pkg.createdBy(actor.accountId());
	}

	/** Whether the actor may see the package at all: staff, and its creator or the talent lead for a draft. */
	private boolean sees(Actor actor, WorkPackage pkg) {
		return this.guard.isStaff(actor) && seesIfDraft(actor, pkg);
	}

	private boolean mayManage(Actor actor, WorkPackage pkg) {
		if (actor.isTalentLead()) {
			return true;
		}
		return actor.has(Role.MANAGER) && (pkg.createdBy(actor.accountId()) || pkg.sponsoredBy(actor.personId()));
	}

	private WorkPackage visible(Actor actor, UUID id) {
		WorkPackage pkg = this.packages.findById(id).orElseThrow(() -> new WorkPackageNotFoundException(id));
		if (!sees(actor, pkg)) {
			throw new WorkPackageNotFoundException(id);
		}
		return pkg;
	}

	private WorkPackage managed(Actor actor, UUID id) {
		WorkPackage pkg = visible(actor, id);
		if (!mayManage(actor, pkg)) {
			throw new PermissionDenied("tour.denied.notYourPackage",
					"Only its creator, its sponsor and the talent lead change a work package");
		}
		return pkg;
	}

	private UUID sponsor(String employeeId) {
		String clean = (employeeId == null) ? "" : employeeId.strip();
		if (clean.isEmpty()) {
			throw new InvalidInput("sponsorEmployeeId", "tour.field.required", "Required");
		}
		PersonView person = this.people.findByEmployeeId(clean)
			.orElseThrow(() -> new InvalidInput("sponsorEmployeeId", "tour.package.unknownSponsor",
					"Nobody has the employee id %s".formatted(clean), clean));
		if (person.status() == PersonStatus.LEFT) {
			throw new InvalidInput("sponsorEmployeeId", "tour.package.sponsorLeft",
					"%s has left the organisation".formatted(person.fullName()), person.fullName());
		}
		return person.id();
	}

	private void requireUnit(UUID unitId) {
		if (unitId == null) {
			throw new InvalidInput("unitId", "tour.field.required", "Required");
		}
		if (!unitNames().containsKey(unitId)) {
			throw new InvalidInput("unitId", "tour.package.unknownUnit", "Choose a unit of the organisation");
		}
	}

	private Set<UUID> catalogueIds() {
		return this.talents.competencies().stream().map(CompetencyView::id).collect(Collectors.toSet());
	}

	private Map<UUID, String> unitNames() {
		return this.people.units().stream().collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
	}

	private WorkPackageView view(Actor actor, WorkPackage pkg) {
		boolean manage = mayManage(actor, pkg);
		PersonView sponsor = this.people.find(PersonId.ofNullable(pkg.sponsorId())).orElse(null);
		Map<UUID, CompetencyView> catalogue = this.talents.competencies()
			.stream()
			.collect(Collectors.toMap(CompetencyView::id, Function.identity()));
		List<RequiredCompetencyView> needs = new ArrayList<>();
		pkg.competencies().forEach((need) -> {
			CompetencyView competency = catalogue.get(need.competencyId());
			needs.add(new RequiredCompetencyView(need.competencyId(), (competency != null) ? competency.name() : "?",
					(competency != null) ? competency.category() : "", need.requiredLevel()));
		});
		List<WorkPackageInterest> all = this.interests.findByWorkPackageIdOrderByExpressedAt(pkg.id());
		// the interested and who created and last changed the package: one statement
		List<UUID> named = new ArrayList<>(all.stream().map(WorkPackageInterest::personId).toList());
		Stream.of(pkg.createdByPerson(), pkg.updatedByPersonId()).filter(Objects::nonNull).forEach(named::add);
		Map<UUID, PersonSummary> names = this.people.summaries(named);
		PersonNames by = this.people.namesOf(names);
		List<InterestView> interested = all.stream().map((interest) -> interestView(interest, names)).toList();
		InterestView own = interested.stream()
			.filter((interest) -> actor.isPerson(PersonId.ofNullable(interest.personId())))
			.findFirst()
			.orElse(null);
		boolean mayExpress = actor.personId() != null && own == null && pkg.status() == WorkPackageStatus.OPEN
				&& !pkg.createdBy(actor.accountId()) && !pkg.sponsoredBy(actor.personId());
		return new WorkPackageView(pkg.id(), pkg.title(), pkg.description(), pkg.expectedResults(), pkg.sponsorId(),
				(sponsor != null) ? sponsor.employeeId() : null, (sponsor != null) ? sponsor.fullName() : null,
				pkg.unitId(), unitNames().get(pkg.unitId()), pkg.startOn(), pkg.endOn(), pkg.timeShare(),
				pkg.seats(), pkg.tourType(), pkg.status(), needs, pkg.quality(),
				by.of(PersonId.ofNullable(pkg.createdByPerson()), pkg.createdByName()), pkg.createdAt(),
				by.of(PersonId.ofNullable(pkg.updatedByPersonId()), pkg.updatedByName()), pkg.updatedAt(), pkg.version(), manage ? interested : null, all.size(), own,
				manage, mayExpress, manage ? pkg.status().next() : Set.of());
	}

	private static InterestView interestView(WorkPackageInterest interest, Map<UUID, PersonSummary> names) {
		PersonSummary person = names.get(interest.personId());
		return new InterestView(interest.personId(), (person != null) ? person.employeeId() : null, name(person),
				(person != null) ? person.title() : null, (person != null) ? person.unitName() : null,
				interest.note(), interest.expressedAt());
	}

	private static String name(PersonSummary person) {
		return (person != null) ? person.fullName() : null;
	}

}
