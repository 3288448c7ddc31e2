package io.cocareer.network.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.network.ContactFrequency;
import io.cocareer.network.map.NetworkMapView;
import io.cocareer.network.map.NetworkService;
import io.cocareer.network.map.SaveDeveloper;
import io.cocareer.network.plan.PlanView.ActivityView;
import io.cocareer.network.plan.PlanView.GapView;
import io.cocareer.network.plan.PlanView.PersonMetView;
import io.cocareer.network.plan.internal.PersonMet;
import io.cocareer.network.plan.internal.PlanAccess;
import io.cocareer.network.plan.internal.PlanActivities;
import io.cocareer.network.plan.internal.PlanActivity;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in talent's own development plan: activities tied to the gaps of their desired
 * network, within their networking fund, and the people met going onto their map in one step.
 * Every call works on the actor's own plan ({@link PlanAccess}); nothing here reads anyone else's.
 */
@Service
public class PlanService {

	/** Most activities one plan holds. */
	public static final int MAX_ACTIVITIES = 200;

	/** Most people recorded as met at one activity. */
	public static final int MAX_PEOPLE_MET = 20;

	/** How close a person just met is put on the map, and how often the talent is in touch with them. */
	static final int MET_CLOSENESS = 2;

	private final PlanActivities activities;

	private final FundLedger ledger;

	private final PlanAccess access;

	private final NetworkService network;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanService(PlanActivities activities, FundLedger ledger, PlanAccess access, NetworkService network,
			ApplicationEventPublisher events, Clock clock) {
		this.activities = activities;
		this.ledger = ledger;
		this.access = access;
		this.network = network;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor keeps a plan (pages show the link and the card by it). */
	public boolean mayKeepAPlan(Actor actor) {
		return this.access.mayKeepAPlan(actor);
	}

	/** Whether the actor's fund may still spend (an alumnus's has stopped). */
	public boolean maySpend(Actor actor) {
		return this.access.maySpend(actor) && !this.ledger.stopped(actor.personId().value());
	}

	@Transactional(readOnly = true)
	public PlanView myPlan(Actor actor) {
		UUID talentId = this.access.ownPlan(actor);
		NetworkMapView map = this.network.myMap(actor);
		Set<UUID> onMap = map.developers().stream().map(NetworkMapView.DeveloperView::id).collect(Collectors.toSet());
		List<PlanActivity> stored = this.activities.findByTalentIdOrderByStartsOnAscCreatedAtAsc(talentId);
		List<ActivityView> views = stored.stream().map((a) -> view(a, onMap)).toList();
		List<GapView> gaps = map.gaps().stream().map((g) -> new GapView(g.id(), g.role(), g.arena(), g.description())).toList();
		Set<UUID> served = stored.stream()
			.filter((a) -> a.status() != ActivityStatus.CANCELLED)
			.flatMap((a) -> a.gapIds().stream())
			.collect(Collectors.toSet());
		List<GapView> unserved = gaps.stream().filter((g) -> !served.contains(g.id())).toList();
		Fund fund = asSeenBy(actor, this.ledger.fund(talentId, LocalDate.now(this.clock).getYear(), stored));
		return new PlanView(talentId, fund, views, gaps, unserved);
	}

	/** The actor's fund of a year (an activity of next year draws on next year's). */
	@Transactional(readOnly = true)
	public Fund myFund(Actor actor, int year) {
		UUID talentId = this.access.ownPlan(actor);
		return asSeenBy(actor, this.ledger.fund(talentId, year, this.activities.findByTalentIdOrderByStartsOnAscCreatedAtAsc(talentId)));
	}

	/**
	 * An alumnus's fund has stopped even when no stop was recorded at their leaving (people who
	 * left before this module listened, or were loaded as alumni): whether it spends is the policy's.
	 */
	private Fund asSeenBy(Actor actor, Fund fund) {
		return (fund.stopped() || this.access.maySpend(actor)) ? fund
				: new Fund(fund.year(), fund.budgetCents(), fund.committedCents(), fund.spentCents(), true);
	}

	@Transactional(readOnly = true)
	public ActivityView activity(Actor actor, UUID activityId) {
		return myPlan(actor).activity(activityId).orElseThrow(PlanService::notFound);
	}

	@Transactional
	public UUID addActivity(Actor actor, SaveActivity details) {
		UUID talentId = this.access.ownPlan(actor);
		long estimated = check(actor, details);
		if (this.activities.findByTalentIdOrderByStartsOnAscCreatedAtAsc(talentId).size() >= MAX_ACTIVITIES) {
			throw new BusinessRuleViolation("network.plan.activity.tooMany",
					"A plan holds at most %d activities".formatted(MAX_ACTIVITIES), MAX_ACTIVITIES);
		}
		this.ledger.requireFits(actor, talentId, null, details.startsOn().getYear(), estimated);
		PlanActivity activity = new PlanActivity(talentId, details.kind(), details.title(), details.startsOn(),
				details.endsOn(), details.gapIds(), estimated, this.clock.instant());
		this.activities.save(activity);
		audit("network.plan.activityAdded", activity, AuditEvent.term("audit.networkPlanKind." + details.kind()),
				AuditEvent.text(plain(estimated)));
		return activity.id();
	}

	@Transactional
	public void changeActivity(Actor actor, UUID activityId, SaveActivity details, long expectedVersion) {
		UUID talentId = this.access.ownPlan(actor);
		PlanActivity activity = own(talentId, activityId);
		if (activity.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The activity changed since it was read");
		}
		requirePlanned(activity);
		long estimated = check(actor, details);
		this.ledger.requireFits(actor, talentId, activity, details.startsOn().getYear(), estimated);
		activity.change(details.kind(), details.title(), details.startsOn(), details.endsOn(), details.gapIds(), estimated);
		audit("network.plan.activityChanged", activity, AuditEvent.term("audit.networkPlanKind." + details.kind()),
				AuditEvent.text(plain(estimated)));
	}

	/** Cancels a planned activity: what it committed goes back to the fund. */
	@Transactional
	public void cancelActivity(Actor actor, UUID activityId) {
		UUID talentId = this.access.ownPlan(actor);
		PlanActivity activity = own(talentId, activityId);
		requirePlanned(activity);
		long released = activity.estimatedCents();
		activity.cancel();
		audit("network.plan.activityCancelled", activity, AuditEvent.text(plain(released)));
	}

	/**
	 * Records a planned activity done: the outcome, the actual cost (the fund spends it instead of
	 * the estimate) and the people met; those ticked go onto the map as external developers. All
	 * or nothing: if one of them cannot go onto the map (already on it, say), nothing is stored
	 * and {@link PeopleMetRefused} says which.
	 * @return the developers added to the map, in the order of the people met
	 */
	@Transactional
	public List<UUID> recordDone(Actor actor, UUID activityId, RecordDone done) {
		UUID talentId = this.access.ownPlan(actor);
		PlanActivity activity = own(talentId, activityId);
		if (activity.status() == ActivityStatus.DONE) {
			throw new BusinessRuleViolation("network.plan.activity.alreadyDone", "This activity is already recorded as done");
		}
		requirePlanned(activity);
		LocalDate today = LocalDate.now(this.clock);
		if (activity.startsOn().isAfter(today)) {
			throw new BusinessRuleViolation("network.plan.done.notYet", "An activity is done once it has begun");
		}
		if (done.outcome() == null) {
			throw new InvalidInput("outcome", "network.plan.done.outcomeRequired", "Say what came of it");
		}
		if (done.outcome().length() > 2000) {
			throw new InvalidInput("outcome", "network.plan.validation.tooLong", "This is too long");
		}
		long actual = Money.cents(done.actualCost(), "actualCost");
		checkPeopleMet(done.peopleMet());
		this.ledger.requireFits(actor, talentId, activity, activity.year(), actual);
		LocalDate met = (activity.endsOn() != null && !activity.endsOn().isAfter(today)) ? activity.endsOn()
				: activity.startsOn();
		List<PersonMet> people = new ArrayList<>();
		List<UUID> added = new ArrayList<>();
		List<PeopleMetRefused.Row> refused = new ArrayList<>();
		for (int i = 0; i < done.peopleMet().size(); i++) {
			RecordDone.PersonMet person = done.peopleMet().get(i);
			UUID developerId = null;
			if (person.addToMap()) {
				try {
					developerId = this.network.addDeveloper(actor, new SaveDeveloper(null, person.name(),
							person.organisation(), person.arena(), person.role(), MET_CLOSENESS, ContactFrequency.RARELY,
							met, Set.of()));
					added.add(developerId);
				}
				catch (InvalidInput | BusinessRuleViolation ex) {
					// the whole step rolls back below; each row says what was wrong with it
					refused.add(row(i, ex));
				}
			}
			people.add(new PersonMet(person.name(), person.organisation(), person.arena(), person.role(), developerId));
		}
		if (!refused.isEmpty()) {
			throw new PeopleMetRefused(refused);
		}
		long estimated = activity.estimatedCents();
		activity.done(done.outcome(), actual, today, people);
		audit("network.plan.activityDone", activity, AuditEvent.text(plain(estimated)), AuditEvent.text(plain(actual)),
				AuditEvent.text(added.size()));
		return added;
	}

	/** The fund's currency, for pages that show amounts. */
	public java.util.Currency currency() {
		return this.ledger.currency();
	}

	/** An amount in the reader's words: "€1,100". */
	public String format(long cents, Locale locale) {
		return Money.format(cents, currency(), locale);
	}

	private PeopleMetRefused.Row row(int index, DomainException ex) {
		String field = (ex instanceof InvalidInput invalid && invalid.field() != null) ? invalid.field() : "name";
		String rowField = "peopleMet[" + index + "]." + (field.equals("name") || field.equals("organisation")
				|| field.equals("arena") || field.equals("role") ? field : "name");
		return new PeopleMetRefused.Row(index, rowField, ex.code(), ex.getMessage(), ex.arguments());
	}

	private void checkPeopleMet(List<RecordDone.PersonMet> people) {
		if (people.size() > MAX_PEOPLE_MET) {
			throw new InvalidInput("peopleMet", "network.plan.done.tooManyPeople",
					"Record at most %d people met".formatted(MAX_PEOPLE_MET), MAX_PEOPLE_MET);
		}
		List<PeopleMetRefused.Row> rows = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			RecordDone.PersonMet person = people.get(i);
			if (person == null || person.name() == null) {
				rows.add(new PeopleMetRefused.Row(i, "peopleMet[" + i + "].name", "network.plan.met.nameRequired",
						"Name the person you met", new Object[0]));
			}
			else if (person.name().length() > 120 || (person.organisation() != null && person.organisation().length() > 120)) {
				rows.add(new PeopleMetRefused.Row(i, "peopleMet[" + i + "].name", "network.plan.validation.tooLong",
						"This is too long", new Object[0]));
			}
			else if (person.arena() == null) {
				rows.add(new PeopleMetRefused.Row(i, "peopleMet[" + i + "].arena", "network.plan.field.required",
						"Fill this in", new Object[0]));
			}
			else if (person.role() == null) {
				rows.add(new PeopleMetRefused.Row(i, "peopleMet[" + i + "].role", "network.plan.field.required",
						"Fill this in", new Object[0]));
			}
		}
		if (!rows.isEmpty()) {
			throw new PeopleMetRefused(rows);
		}
	}

	/** Checks an activity as given, against the talent's own gaps; answers its estimated cost in cents. */
	private long check(Actor actor, SaveActivity details) {
		if (details.kind() == null) {
			throw new InvalidInput("kind", "network.plan.field.required", "Choose what kind of activity it is");
		}
		if (details.title() == null) {
			throw new InvalidInput("title", "network.plan.activity.titleRequired", "Name the activity");
		}
		if (details.title().length() > 160) {
			throw new InvalidInput("title", "network.plan.validation.tooLong", "This is too long");
		}
		if (details.startsOn() == null) {
			throw new InvalidInput("startsOn", "network.plan.activity.dateRequired", "Give the date, or the first day");
		}
		if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
			throw new InvalidInput("endsOn", "network.plan.activity.endsBeforeStart", "The last day comes after the first");
		}
		int thisYear = LocalDate.now(this.clock).getYear();
		if (details.startsOn().getYear() < thisYear - 1 || details.startsOn().getYear() > thisYear + 2) {
			throw new InvalidInput("startsOn", "network.plan.activity.yearOutOfRange",
					"Plan for last year to two years ahead");
		}
		long estimated = Money.cents(details.estimatedCost(), "estimatedCost");
		if (!details.gapIds().isEmpty()) {
			Set<UUID> mine = this.network.myMap(actor).gaps().stream().map(NetworkMapView.GapView::id)
				.collect(Collectors.toSet());
			if (!mine.containsAll(details.gapIds())) {
				throw new InvalidInput("gapIds", "network.plan.activity.unknownGap",
						"This is not a gap of your desired network");
			}
		}
		return estimated;
	}

	private static void requirePlanned(PlanActivity activity) {
		if (activity.status() != ActivityStatus.PLANNED) {
			throw new BusinessRuleViolation("network.plan.activity.notPlanned",
					"Only a planned activity can be changed, cancelled or recorded as done");
		}
	}

	private PlanActivity own(UUID talentId, UUID activityId) {
		return this.activities.findByIdAndTalentId(activityId, talentId).orElseThrow(PlanService::notFound);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("network.plan.activity.notFound", "There is no such activity in your plan");
	}

	private static ActivityView view(PlanActivity a, Set<UUID> onMap) {
		List<PersonMetView> met = a.peopleMet().stream()
			.map((p) -> new PersonMetView(p.name(), p.organisation(), p.arena(), p.role(), p.developerId(),
					p.developerId() != null && onMap.contains(p.developerId())))
			.toList();
		return new ActivityView(a.id(), a.kind(), a.title(), a.startsOn(), a.endsOn(), a.gapIds(), a.estimatedCents(),
				a.status(), a.outcome(), a.actualCents(), a.doneOn(), met, a.version());
	}

	/** An amount for the audit log, the same in every language: "250.00 EUR". */
	private String plain(long cents) {
		return Money.amount(cents).toPlainString() + " " + currency().getCurrencyCode();
	}

	private void audit(String action, PlanActivity activity, AuditEvent.Argument... arguments) {
		this.events.publishEvent(AuditEvent.career(action, "networkPlanActivity", activity.id(), arguments));
	}


}
