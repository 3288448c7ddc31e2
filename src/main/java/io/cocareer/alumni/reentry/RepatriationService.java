package io.cocareer.alumni.reentry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.ReturnRated;
import io.cocareer.alumni.reentry.internal.ReentryAccess;
import io.cocareer.alumni.reentry.internal.RepatriationItem;
import io.cocareer.alumni.reentry.internal.RepatriationPlan;
import io.cocareer.alumni.reentry.internal.RepatriationPlans;
import io.cocareer.people.EmploymentPeriodView;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourPackages;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A boomerang's repatriation plan: made at the rehire ({@link ReentryService#rehire}), its items
 * edited by the talent lead and the hiring manager (owner, due date, progress, the buddy, the work
 * package of the first tour), read by the boomerang too, and rated once at the 12-month review
 * ({@link ReturnRated}). The first tour item is done once a tour is proposed for the boomerang
 * through the tour module (its page, linked from the item), which the plan notices when read.
 */
@Service
public class RepatriationService {

	public static final int MAX_NOTE = 1000;

	private final RepatriationPlans plans;

	private final ReentryAccess access;

	private final PeopleDirectory directory;

	private final PeopleService people;

	private final TourService tours;

	private final TourPackages packages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RepatriationService(RepatriationPlans plans, ReentryAccess access, PeopleDirectory directory, PeopleService people,
			TourService tours, TourPackages packages, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.directory = directory;
		this.people = people;
		this.tours = tours;
		this.packages = packages;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the person came back (a repatriation plan is theirs): the boomerang mark. Names nothing private. */
	@Transactional(readOnly = true)
	public boolean isBoomerang(UUID personId) {
		return personId != null && this.plans.findByPersonId(personId).isPresent();
	}

	/**
	 * The plan, for the lead, its hiring manager and the boomerang; 404 for everybody else. Reading
	 * it notices a tour proposed for the boomerang since the return: the first tour item is done.
	 */
	@Transactional
	public RepatriationPlanView plan(Actor actor, UUID personId) {
		RepatriationPlan plan = readable(actor, personId);
		noticeFirstTour(actor, plan);
		return view(actor, plan);
	}

	/** The actor's own plan, if they came back. */
	@Transactional
	public Optional<RepatriationPlanView> myPlan(Actor actor) {
		if (actor.personId() == null) {
			return Optional.empty();
		}
		return this.plans.findByPersonId(actor.personId().value())
			.filter((p) -> this.access.mayReadPlan(actor, p))
			.map((p) -> {
				noticeFirstTour(actor, p);
				return view(actor, p);
			});
	}

	/** The plans the actor runs: every plan for the lead, the plans naming them as hiring manager. */
	@Transactional(readOnly = true)
	public List<RepatriationPlanView> plans(Actor actor) {
		if (!this.access.mayListEvaluations(actor)) {
			return List.of();
		}
		List<RepatriationPlan> found = this.access.isLead(actor) ? this.plans.findAllByOrderByRehiredOnDesc()
				: this.plans.findByManagerId(actor.personId().value());
		return found.stream().filter((p) -> this.access.mayEditPlan(actor, p)).map((p) -> view(actor, p)).toList();
	}

	/** The lead or the hiring manager changes an item: its note, owner, due date, progress, buddy or package. */
	@Transactional
	public void changeItem(Actor actor, UUID personId, UUID itemId, SaveRepatriationItem change, Long expectedVersion) {
		RepatriationPlan plan = editable(actor, personId);
		RepatriationItem item = plan.item(itemId).orElseThrow(() -> new io.cocareer.shared.NotFoundException(
				"alumni.reentry.plan.item.notFound", "There is no such item in this plan"));
		if (expectedVersion != null && item.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The item changed since it was read");
		}
		if (change.progress() == null) {
			throw new InvalidInput("progress", "alumni.reentry.plan.progressRequired", "Choose how far it has come");
		}
		ReentryService.length("note", change.note(), MAX_NOTE);
		if (change.ownerId() != null) {
			requireStaff("ownerId", change.ownerId(), plan.personId(), true);
		}
		UUID buddy = null;
		if (item.kind() == RepatriationItemKind.BUDDY && change.buddyId() != null) {
			requireStaff("buddyId", change.buddyId(), plan.personId(), false);
			buddy = change.buddyId();
		}
		UUID workPackage = null;
		if (item.kind() == RepatriationItemKind.FIRST_TOUR && change.workPackageId() != null) {
			workPackage = this.packages.find(change.workPackageId())
				.filter(TourPackages.TourPackage::open)
				.map(TourPackages.TourPackage::id)
				.orElseThrow(() -> new InvalidInput("workPackageId", "alumni.reentry.plan.packageNotOpen",
						"Choose an open work package of the catalogue"));
		}
		if (item.kind() == RepatriationItemKind.FIRST_TOUR && change.progress() == ItemProgress.DONE
				&& item.tourId() == null) {
			throw new BusinessRuleViolation("alumni.reentry.plan.firstTourNotProposed",
					"The first tour is done once a tour is proposed for the boomerang: propose it first");
		}
		if (item.kind() == RepatriationItemKind.BUDDY && change.progress() == ItemProgress.DONE && buddy == null) {
			throw new InvalidInput("buddyId", "alumni.reentry.plan.buddyRequired", "Choose the buddy first");
		}
		UUID before = item.ownerId();
		item.change(ReentryService.clean(change.note()), change.ownerId(), change.dueOn(), change.progress(), buddy,
				workPackage);
		this.events.publishEvent(AuditEvent.career("alumni.reentry.plan.itemChanged", "repatriationPlan", plan.id(),
				AuditEvent.person(PersonId.of(plan.personId())),
				AuditEvent.term("alumni.reentry.plan.item." + item.kind()),
				AuditEvent.term("alumni.reentry.plan.progress." + item.progress())));
		if (change.ownerId() != null && !change.ownerId().equals(before) && !actor.isPerson(PersonId.of(change.ownerId()))) {
			String name = this.directory.find(PersonId.of(plan.personId())).map(PersonView::fullName).orElse("");
			this.events.publishEvent(Notice.toPeople("alumni.reentry.plan.owner", Set.of(change.ownerId()),
					"notice.alumni.reentry.plan.owner", List.of(name), "/alumni/repatriation/" + plan.personId(),
					"alumni.reentry.plan.owner." + item.id() + "." + change.ownerId())
				.about(PersonId.of(plan.personId())));
		}
	}

	/** The 12-month review: the lead or the hiring manager rates the return (1 to 5), once; publishes {@link ReturnRated}. */
	@Transactional
	public void review(Actor actor, UUID personId, Integer rating) {
		RepatriationPlan plan = editable(actor, personId);
		if (rating == null || rating < 1 || rating > 5) {
			throw new InvalidInput("rating", "alumni.reentry.plan.ratingRange", "A rating is from 1 to 5", 1, 5);
		}
		LocalDate today = LocalDate.now(this.clock);
		plan.review(rating, today);
		this.events.publishEvent(new ReturnRated(PersonId.of(plan.personId()), rating, today));
		this.events.publishEvent(AuditEvent.career("alumni.reentry.plan.reviewed", "repatriationPlan", plan.id(),
				AuditEvent.person(PersonId.of(plan.personId()))));
	}

	// ---------------------------------------------------------------- helpers

	private void noticeFirstTour(Actor actor, RepatriationPlan plan) {
		Optional<RepatriationItem> first = plan.item(RepatriationItemKind.FIRST_TOUR);
		if (first.isEmpty() || first.get().tourId() != null) {
			return;
		}
		this.tours.visibleTours(actor, null)
			.stream()
			.filter((t) -> plan.personId().equals(t.talentId()) && t.endOn() != null && !t.endOn().isBefore(plan.rehiredOn()))
			.map(TourSummary::id)
			.findFirst()
			.ifPresent((tourId) -> {
				first.get().tourProposed(tourId);
				this.events.publishEvent(AuditEvent.career("alumni.reentry.plan.firstTourProposed", "repatriationPlan",
						plan.id(), AuditEvent.person(PersonId.of(plan.personId()))));
			});
	}

	private void requireStaff(String field, UUID personId, UUID boomerang, boolean mayBeBoomerang) {
		PersonView person = this.directory.find(PersonId.of(personId)).orElse(null);
		if (person == null || person.status() != PersonStatus.ACTIVE || person.erased()
				|| (!mayBeBoomerang && personId.equals(boomerang))) {
			throw new InvalidInput(field, "alumni.reentry.plan.personInvalid", "Choose someone who works here");
		}
	}

	private RepatriationPlan readable(Actor actor, UUID personId) {
		return this.plans.findByPersonId(personId)
			.filter((p) -> this.access.mayReadPlan(actor, p))
			.orElseThrow(ReentryAccess::noPlan);
	}

	private RepatriationPlan editable(Actor actor, UUID personId) {
		RepatriationPlan plan = readable(actor, personId);
		if (!this.access.mayEditPlan(actor, plan)) {
			throw new io.cocareer.shared.PermissionDenied("alumni.reentry.plan.denied.edit",
					"The talent lead and the hiring manager change the plan");
		}
		return plan;
	}

	private RepatriationPlanView view(Actor actor, RepatriationPlan plan) {
		LocalDate today = LocalDate.now(this.clock);
		Set<UUID> ids = new HashSet<>();
		ids.add(plan.personId());
		if (plan.managerId() != null) {
			ids.add(plan.managerId());
		}
		plan.items().forEach((i) -> {
			if (i.ownerId() != null) {
				ids.add(i.ownerId());
			}
			if (i.buddyId() != null) {
				ids.add(i.buddyId());
			}
		});
		Map<UUID, PersonSummary> names = this.directory.summaries(ids);
		String unitName = this.directory.units().stream().filter((u) -> u.id().equals(plan.unitId())).map((u) -> u.name())
			.findFirst().orElse(null);
		List<RepatriationItemView> items = new ArrayList<>();
		for (RepatriationItem i : plan.items()) {
			String packageTitle = (i.workPackageId() != null)
					? this.packages.find(i.workPackageId()).map(TourPackages.TourPackage::title).orElse(null) : null;
			String link = (i.kind() == RepatriationItemKind.FIRST_TOUR)
					? "/tours/new?talentId=" + plan.personId() + ((i.workPackageId() != null) ? "&packageId=" + i.workPackageId() : "")
					: null;
			items.add(new RepatriationItemView(i.id(), i.kind(), i.note(), i.ownerId(), name(names, i.ownerId()), i.dueOn(),
					i.progress(), i.progress() != ItemProgress.DONE && i.dueOn() != null && i.dueOn().isBefore(today),
					i.buddyId(), name(names, i.buddyId()), i.workPackageId(), packageTitle, i.tourId(), link, i.version()));
		}
		TenureView tenure = this.people.employmentHistory(actor, PersonId.of(plan.personId())).map((h) -> tenure(h, today)).orElse(null);
		return new RepatriationPlanView(plan.id(), plan.personId(), name(names, plan.personId()), plan.rehiredOn(), unitName,
				plan.managerId(), name(names, plan.managerId()), items, tenure, plan.rehiredOn().plusMonths(12),
				plan.reviewRating(), plan.reviewedOn(), items.stream().filter((i) -> i.progress() == ItemProgress.DONE).count(),
				this.access.mayEditPlan(actor, plan), actor.isPerson(PersonId.of(plan.personId())), plan.version());
	}

	/** Every period with its months, the gaps between them, and the total (the sum of the periods). */
	static TenureView tenure(List<EmploymentPeriodView> history, LocalDate today) {
		List<TenureView.Period> periods = new ArrayList<>();
		List<TenureView.Gap> gaps = new ArrayList<>();
		int total = 0;
		LocalDate previousEnd = null;
		for (EmploymentPeriodView p : history) {
			LocalDate end = (p.endedOn() != null) ? p.endedOn() : today;
			int months = (int) Math.max(0, ChronoUnit.MONTHS.between(p.startedOn(), end));
			periods.add(new TenureView.Period(p.startedOn(), p.endedOn(), months));
			total += months;
			if (previousEnd != null) {
				gaps.add(new TenureView.Gap(previousEnd, p.startedOn(),
						(int) Math.max(0, ChronoUnit.MONTHS.between(previousEnd, p.startedOn()))));
			}
			previousEnd = p.endedOn();
		}
		return new TenureView(periods, gaps, total);
	}

	private static String name(Map<UUID, PersonSummary> names, UUID id) {
		if (id == null) {
			return null;
		}
		PersonSummary summary = names.get(id);
		return (summary != null) ? summary.fullName() : null;
	}

}
