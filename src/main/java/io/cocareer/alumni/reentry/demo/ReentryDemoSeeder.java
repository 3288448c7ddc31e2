package io.cocareer.alumni.reentry.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.reentry.AskToReturn;
import io.cocareer.alumni.reentry.ItemProgress;
import io.cocareer.alumni.reentry.ReentryService;
import io.cocareer.alumni.reentry.RehireBoomerang;
import io.cocareer.alumni.reentry.RepatriationItemKind;
import io.cocareer.alumni.reentry.RepatriationPlanView;
import io.cocareer.alumni.reentry.RepatriationService;
import io.cocareer.alumni.reentry.SaveEvaluation;
import io.cocareer.alumni.reentry.SaveRepatriationItem;
import io.cocareer.alumni.reentry.internal.ReentryBackdating;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The demo's re-entry (order 400, after the alumni are made by the exit's demo): a request to
 * come back under evaluation (the manager named, part of the factors scored), one decided "not
 * now", and a boomerang rehired about four months ago under the demo manager whose repatriation
 * plan is under way (what changed, re-onboarding and the buddy done, the network reactivation
 * under way, the first tour still to propose). So that the review across alumni has figures to
 * show, more boomerangs come back the same way (a request started by the lead, evaluated with the
 * rating before exit, decided a fit, rehired, a repatriation plan): up to six more in the last twelve
 * months, their plans partly done; and eleven between thirteen and thirty months ago, whose plans
 * ran their course and whose returns were rated at the 12-month review, five of whom left again
 * within a year of coming back. Each of them was away six months to two and a half years, and had
 * given their consent at exit; those who stay took part in the last year (engaged alumni come
 * back; a connected one only among those who left again, connected again since), so that the
 * tiers keep their sizes. Alex Morgan is left alone: Alex uses the portal and
 * may ask to come back in the browser. With fewer alumni than that in the register (no exit demo
 * yet), it seeds what it can, or nothing.
 */
@Component
class ReentryDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(ReentryDemoSeeder.class);

	/** More boomerangs rehired in the last twelve months, besides the one whose plan is under way. */
	private static final int RECENT = 6;

	/** Boomerangs rehired 13 to 30 months ago, their returns rated. */
	private static final int SECOND_TENURES = 11;

	/** Of those, who left again within a year of coming back. */
	private static final int LEFT_AGAIN = 5;

	private static final int[] PRIOR_RATINGS = { 3, 4, 3, 4, 2, 3, 4, 3 };

	private static final int[] RETURN_RATINGS = { 4, 4, 3, 5, 3, 4, 4, 3, 5, 4, 4 };

	/** Target role, employers since, new skills, why. */
	private static final String[][] RETURNS = {
			{ "Senior backend engineer", "Proseware (two years)", "Go, event sourcing", "The payments team asked for them by name." },
			{ "Product owner, onboarding", "Contoso Bank", "Discovery, regulated products", "The product they started is ours to finish." },
			{ "Data analyst", "Tailspin Logistics", "Forecasting, dbt", "The analytics platform needs someone who knows our data." },
			{ "Engineering manager", "Northwind Health", "Leading two teams", "A team of their own, which we could offer now." },
			{ "UX designer", "Lucerne Publishing", "Design systems, accessibility", "The design system needs an owner." },
			{ "Site reliability engineer", "Freelance", "Kubernetes, Terraform", "Wanted a team again after freelancing." } };

	private final ReentryService reentry;

	private final RepatriationService repatriation;

	private final ReentryBackdating history;

	private final AlumniRegister register;

	private final PeopleDirectory people;

	private final PeopleService peopleService;

	private final Clock clock;

	ReentryDemoSeeder(ReentryService reentry, RepatriationService repatriation, ReentryBackdating history,
			AlumniRegister register, PeopleDirectory people, PeopleService peopleService, Clock clock) {
		this.reentry = reentry;
		this.repatriation = repatriation;
		this.history = history;
		this.register = register;
		this.people = people;
		this.peopleService = peopleService;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 400;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		List<PersonView> alumni = new ArrayList<>();
		Map<UUID, AlumnusRecord> records = new HashMap<>();
		for (AlumnusRecord record : this.register.all(demo.lead())) {
			records.put(record.personId().value(), record);
			this.people.find(record.personId())
				.filter((p) -> p.status() == PersonStatus.LEFT && !p.erased() && record.rehiredOn() == null)
				.filter((p) -> !("Alex".equals(p.firstName()) && "Morgan".equals(p.lastName())))
				.filter((p) -> record.leftOn().isBefore(today.minusMonths(6)))
				.ifPresent(alumni::add);
		}
		alumni.sort(Comparator.comparing(PersonView::employeeId));
		if (alumni.isEmpty()) {
			log.info("Demo re-entry skipped: the register holds no alumnus but Alex Morgan who left over six months ago");
			return;
		}
		UUID manager = demo.manager().personId().value();
		underEvaluation(demo, alumni.get(0), manager);
		if (alumni.size() > 1) {
			notNow(demo, alumni.get(1));
		}
		if (alumni.size() > 2) {
			boomerang(demo, alumni.get(2), manager, today);
		}
		if (alumni.size() > 3) {
			moreBoomerangs(demo, alumni.subList(3, alumni.size()), records, today);
		}
	}

	/** The six more recent returns and the eleven second tenures of more than a year (see the class). */
	private void moreBoomerangs(DemoOrganisation demo, List<PersonView> rest, Map<UUID, AlumnusRecord> records,
			LocalDate today) {
		List<AlumnusRecord> pool = new ArrayList<>();
		for (PersonView person : rest) {
			AlumnusRecord record = records.get(person.id());
			if (record != null && record.consent() != null && record.distinguishedSince() == null) {
				pool.add(record);
			}
		}
		pool.sort(Comparator.comparing(AlumnusRecord::leftOn).thenComparing((r) -> r.personId().value()));
		List<UUID> managers = managers(demo);
		Set<UUID> used = new HashSet<>();
		Map<UUID, LocalDate> leavingAgain = new HashMap<>();
		int older = 0;
		// the second tenures first, oldest exits first: rehired 13 to 30 months ago, rated at the review
		for (AlumnusRecord record : pool) {
			if (older == SECOND_TENURES) {
				break;
			}
			LocalDate on = record.leftOn().plusMonths(7 + (older % 4) * 3L);
			if (on.isAfter(today.minusMonths(13))) {
				on = today.minusMonths(13).minusDays(older);
			}
			if (on.isBefore(record.leftOn().plusMonths(6)) || on.isBefore(today.minusMonths(30))) {
				continue;
			}
			// engaged alumni come back; a connected one only to leave again (connected again then), so the tier keeps its size
			boolean leaves = leavingAgain.size() < LEFT_AGAIN
					&& (record.tier() != AlumniTier.ENGAGED || older - leavingAgain.size() >= SECOND_TENURES - LEFT_AGAIN);
			if (record.tier() != AlumniTier.ENGAGED && !leaves) {
				continue;
			}
			UUID manager = managers.get(older % managers.size());
			if (comeBack(demo, record, manager, on, PRIOR_RATINGS[older % PRIOR_RATINGS.length], older)) {
				used.add(record.personId().value());
				this.history.planDated(record.personId().value(), on.atStartOfDay().toInstant(ZoneOffset.UTC));
				for (RepatriationItemKind kind : RepatriationItemKind.values()) {
					this.history.itemProgress(record.personId().value(), kind, ItemProgress.DONE);
				}
				try {
					this.repatriation.review(demo.lead(), record.personId().value(),
							RETURN_RATINGS[older % RETURN_RATINGS.length]);
				}
				catch (RuntimeException ex) {
					log.warn("Demo re-entry: a return's rating skipped: {}", ex.getMessage());
				}
				if (leaves) {
					leavingAgain.put(record.personId().value(), on.plusMonths(6 + older % 5));
				}
				older++;
			}
		}
		// the recent returns, newest exits that fit first: rehired 1 to 11 months ago, 7 to 30 months away
		int recent = 0;
		for (int i = pool.size() - 1; i >= 0 && recent < RECENT; i--) {
			AlumnusRecord record = pool.get(i);
			if (used.contains(record.personId().value()) || record.tier() != AlumniTier.ENGAGED) {
				continue;
			}
			LocalDate on = record.leftOn().plusMonths(7 + (recent % 4) * 2L);
			if (on.isBefore(today.minusMonths(11))) {
				on = today.minusMonths(11).plusDays(recent * 9L);
			}
			if (on.isAfter(today.minusMonths(1)) || on.isAfter(record.leftOn().plusMonths(30))) {
				continue;
			}
			UUID manager = managers.get((recent + 1) % managers.size());
			if (comeBack(demo, record, manager, on, PRIOR_RATINGS[(recent + 3) % PRIOR_RATINGS.length], recent)) {
				used.add(record.personId().value());
				this.history.planDated(record.personId().value(), on.atStartOfDay().toInstant(ZoneOffset.UTC));
				this.history.itemProgress(record.personId().value(), RepatriationItemKind.WHAT_CHANGED, ItemProgress.DONE);
				this.history.itemProgress(record.personId().value(), RepatriationItemKind.RE_ONBOARDING, ItemProgress.DONE);
				if (on.isBefore(today.minusMonths(5))) {
					this.history.itemProgress(record.personId().value(), RepatriationItemKind.BUDDY, ItemProgress.DONE);
					this.history.itemProgress(record.personId().value(), RepatriationItemKind.NETWORK_REACTIVATION,
							ItemProgress.DONE);
				}
				recent++;
			}
		}
		leaveAgain(demo, leavingAgain);
		log.info("Demo re-entry: {} more boomerangs in the last 12 months, {} second tenures of over a year, {} left again",
				recent, older, leavingAgain.size());
	}

	/**
	 * The register hears of a rehire after its commit, on another thread: what the demo writes next
	 * on the alumnus (the return's rating, a second leaving) waits for it, a few seconds at most.
	 */
	private void awaitRehire(PersonId id) {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
		try {
			while (this.register.record(id).map(AlumnusRecord::rehiredOn).isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Some second tenures ended within a year, recorded by the people module as a leaving. */
	private void leaveAgain(DemoOrganisation demo, Map<UUID, LocalDate> leaving) {
		for (Map.Entry<UUID, LocalDate> entry : leaving.entrySet()) {
			PersonId id = PersonId.of(entry.getKey());
			try {
				this.peopleService.recordLeaving(demo.lead(), id, entry.getValue(), "Left again: a role abroad");
			}
			catch (RuntimeException ex) {
				log.warn("Demo re-entry: a second leaving skipped: {}", ex.getMessage());
			}
		}
	}

	/** A return started by the lead, evaluated, decided a fit and rehired on {@code on}, dated back. */
	private boolean comeBack(DemoOrganisation demo, AlumnusRecord record, UUID manager, LocalDate on, int priorRating,
			int n) {
		UUID personId = record.personId().value();
		try {
			String[] story = RETURNS[n % RETURNS.length];
			UUID id = this.reentry.start(demo.lead(), personId,
					new AskToReturn(story[0], null, story[1], story[2], story[3]), manager);
			this.reentry.evaluate(demo.lead(), id, new SaveEvaluation(manager, priorRating, 3 + n % 3, false, null,
					n % 2 == 0, n % 3 != 0, true, "Within the band of the role", null), null);
			this.reentry.decide(demo.lead(), id, ReentryDecision.FIT,
					"A planned exit, a good record before, and experience since that the team needs.", null);
			UUID unit = this.people.find(PersonId.of(manager)).map(PersonView::unitId).orElse(null);
			this.reentry.rehire(demo.lead(), new RehireBoomerang(id, on, unit, manager, story[0]));
			this.history.requestDated(id, on.minusWeeks(8).atStartOfDay().toInstant(ZoneOffset.UTC), on.minusWeeks(4));
			awaitRehire(record.personId());
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Demo re-entry: a return skipped: {}", ex.getMessage());
			return false;
		}
	}

	/** A few people who manage others and work here, to be the boomerangs' managers (the demo manager first). */
	private List<UUID> managers(DemoOrganisation demo) {
		List<UUID> found = new ArrayList<>(List.of(demo.manager().personId().value()));
		for (PersonSummary summary : this.people.search("", null, Paging.of(0, Paging.MAX_SIZE)).items()) {
			if (found.size() == 4) {
				break;
			}
			if (summary.status() == PersonStatus.ACTIVE && !found.contains(summary.id())
					&& !summary.id().equals(demo.lead().personId().value())
					&& !this.people.directReports(PersonId.of(summary.id())).isEmpty()) {
				found.add(summary.id());
			}
		}
		return found;
	}

	private void underEvaluation(DemoOrganisation demo, PersonView alumnus, UUID manager) {
		UUID id = this.reentry.ask(asAlumnus(alumnus), new AskToReturn("Senior data engineer, the streaming platform",
				LocalDate.now(this.clock).plusMonths(2), "Contoso Retail, data platform team (2 years)",
				"Kafka, Flink, leading a team of four", "I miss the data guild and want to build the platform I left half done."));
		this.reentry.evaluate(demo.lead(), id, new SaveEvaluation(manager, 4, null, false, null, true, null, null, null, null),
				null);
		this.history.requestDated(id, this.clock.instant().minus(java.time.Duration.ofDays(9)), null);
	}

	private void notNow(DemoOrganisation demo, PersonView alumnus) {
		UUID id = this.reentry.ask(asAlumnus(alumnus), new AskToReturn("Product analyst", null, "Fabrikam (freelance)",
				"SQL, experimentation", "Closer to home, and the product has grown."));
		this.reentry.decide(demo.lead(), id, ReentryDecision.NOT_NOW,
				"No analyst opening until the next budget; we will come back to it in spring.", null);
		this.history.requestDated(id, this.clock.instant().minus(java.time.Duration.ofDays(40)),
				LocalDate.now(this.clock).minusDays(30));
	}

	private void boomerang(DemoOrganisation demo, PersonView alumnus, UUID manager, LocalDate today) {
		UUID id = this.reentry.start(demo.lead(), alumnus.id(), new AskToReturn("Platform engineer",
				today.minusMonths(4), "Northwind Traders (18 months)", "Kubernetes, incident command",
				"We asked: the platform team needs someone who knows our systems."), manager);
		this.reentry.evaluate(demo.lead(), id, new SaveEvaluation(manager, 4, 4, false, null, true, true, true,
				"Same band as before", null), null);
		this.reentry.decide(demo.lead(), id, ReentryDecision.FIT,
				"A planned exit, a strong record and exactly the experience the platform team lacks.", null);
		UUID unit = this.people.find(PersonId.of(manager)).map(PersonView::unitId).orElse(null);
		this.reentry.rehire(demo.lead(), new RehireBoomerang(id, today.minusMonths(4), unit, manager, "Platform engineer"));
		this.history.requestDated(id, today.minusMonths(5).atStartOfDay().toInstant(ZoneOffset.UTC),
				today.minusMonths(4).minusDays(10));
		this.history.planDated(alumnus.id(), today.minusMonths(4).atStartOfDay().toInstant(ZoneOffset.UTC));
		RepatriationPlanView plan = this.repatriation.plan(demo.lead(), alumnus.id());
		UUID buddy = demo.talent().personId().value();
		for (var item : plan.items()) {
			ItemProgress progress = switch (item.kind()) {
				case WHAT_CHANGED, RE_ONBOARDING, BUDDY -> ItemProgress.DONE;
				case NETWORK_REACTIVATION -> ItemProgress.UNDER_WAY;
				case FIRST_TOUR -> ItemProgress.UNDER_WAY;
			};
			String note = switch (item.kind()) {
				case WHAT_CHANGED -> "Walked through the new team structure and the move to the cloud.";
				case RE_ONBOARDING -> "Laptop, access and the security refresher done in the first week.";
				case NETWORK_REACTIVATION -> "Coffee with the old data guild; the map is being brought up to date.";
				case BUDDY -> "Tara shows the new ways of working.";
				case FIRST_TOUR -> "A rotational tour on the streaming platform, to propose this month.";
			};
			this.repatriation.changeItem(demo.lead(), alumnus.id(), item.id(), new SaveRepatriationItem(note,
					item.ownerId(), item.dueOn(), (item.kind() == RepatriationItemKind.FIRST_TOUR) ? ItemProgress.UNDER_WAY
							: progress, (item.kind() == RepatriationItemKind.BUDDY) ? buddy : null, null), null);
		}
	}

	/** The alumnus as they would act in the portal. */
	private static Actor asAlumnus(PersonView alumnus) {
		return new Actor(AccountId.of(UUID.nameUUIDFromBytes(("demo-alumnus-" + alumnus.id()).getBytes())),
				alumnus.employeeId().toLowerCase(java.util.Locale.ROOT), PersonId.of(alumnus.id()), alumnus.fullName(),
				Set.of(Role.ALUMNUS));
	}

}
