package io.cocareer.tour;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.people.UnitView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.CompetencyView;
import io.cocareer.tour.internal.CatalogueQuery;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.WorkPackage;
import io.cocareer.tour.internal.WorkPackageInterest;
import io.cocareer.tour.internal.WorkPackageInterestRepository;
import io.cocareer.tour.internal.WorkPackageRepository;

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
 * who is interested is seen by those who manage the package, and each person sees their own.</li>
 * </ul>
 */
@Service
@Transactional
public class WorkPackageService {

	private final WorkPackageRepository packages;

	private final WorkPackageInterestRepository interests;

	private final PeopleDirectory people;

	private final CompetencyCatalogue talents;

	private final ApplicationEventPublisher events;

	private final TourNotices notices;

	private final Clock clock;

	private final TourGuard guard;

	// public for the demo, which builds the services on the clock of its story
	public WorkPackageService(WorkPackageRepository packages, WorkPackageInterestRepository interests, PeopleDirectory people,
			CompetencyCatalogue talents, ApplicationEventPublisher events, TourNotices notices, Clock clock,
			TourGuard guard) {
		this.guard = guard;
		this.packages = packages;
		this.interests = interests;
		this.people = people;
		this.talents = talents;
		this.events = events;
		this.notices = notices;
		this.clock = clock;
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
		Specification<WorkPackage> query = CatalogueQuery.visible(actor.isTalentLead(), actor.accountId(),
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
				new WorkPackage.Creator(actor.accountId(), actor.personId(), actor.displayName()), this.clock.instant());
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
		pkg.revise(terms, sponsorId, catalogueIds(), actor.displayName(), this.clock.instant());
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
		pkg.moveTo(target, actor.displayName(), this.clock.instant());
		this.packages.flush();
		this.events.publishEvent(AuditEvent.career("tour.package.statusChanged", "workPackage", id,
				AuditEvent.text(pkg.title()), AuditEvent.term("audit.packageStatus." + target)));
	}

	public void expressInterest(Actor actor, UUID id, String note) {
		UUID personId = actor.requirePersonId();
		WorkPackage pkg = visible(actor, id);
		if (pkg.status() != WorkPackageStatus.OPEN) {
			throw new BusinessRuleViolation("tour.interest.notOpen",
					"Interest is expressed in open work packages only");
		}
		if (pkg.createdBy(actor.accountId()) || pkg.sponsoredBy(personId)) {
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
		this.notices.interestExpressed(pkg, actor);
	}

	public void withdrawInterest(Actor actor, UUID id) {
		UUID personId = actor.requirePersonId();
		WorkPackage pkg = visible(actor, id);
		WorkPackageInterest interest = this.interests.findByWorkPackageIdAndPersonId(id, personId)
			.orElseThrow(() -> new NotFoundException("tour.interest.notFound",
					"You have not expressed interest in this work package"));
		this.interests.delete(interest);
		this.events.publishEvent(AuditEvent.career("tour.interest.withdrawn", "workPackage", id,
				AuditEvent.text(pkg.title())));
	}

	// ---- rules -------------------------------------------------------------------------------

	private boolean mayManage(Actor actor, WorkPackage pkg) {
		if (actor.isTalentLead()) {
			return true;
		}
		return actor.has(Role.MANAGER) && (pkg.createdBy(actor.accountId()) || pkg.sponsoredBy(actor.personId()));
	}

	private WorkPackage visible(Actor actor, UUID id) {
		WorkPackage pkg = this.packages.findById(id).orElseThrow(() -> new WorkPackageNotFoundException(id));
		if (!this.guard.seesPackage(actor, pkg)) {
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
		PersonView sponsor = this.people.find(pkg.sponsorId()).orElse(null);
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
		Map<UUID, PersonSummary> names = this.people
			.summaries(all.stream().map(WorkPackageInterest::personId).toList());
		List<InterestView> interested = all.stream().map((interest) -> interestView(interest, names)).toList();
		InterestView own = interested.stream()
			.filter((interest) -> actor.isPerson(interest.personId()))
			.findFirst()
			.orElse(null);
		boolean mayExpress = actor.personId() != null && own == null && pkg.status() == WorkPackageStatus.OPEN
				&& !pkg.createdBy(actor.accountId()) && !pkg.sponsoredBy(actor.personId());
		return new WorkPackageView(pkg.id(), pkg.title(), pkg.description(), pkg.expectedResults(), pkg.sponsorId(),
				(sponsor != null) ? sponsor.employeeId() : null, (sponsor != null) ? sponsor.fullName() : null,
				pkg.unitId(), unitNames().get(pkg.unitId()), pkg.startOn(), pkg.endOn(), pkg.timeShare(),
				pkg.seats(), pkg.tourType(), pkg.status(), needs, pkg.quality(), pkg.createdByName(), pkg.createdAt(),
				pkg.updatedByName(), pkg.updatedAt(), pkg.version(), manage ? interested : null, all.size(), own,
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
