package io.cocareer.alumni.reentry.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
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
 * under way, the first tour still to propose). Alex Morgan is left alone: Alex uses the portal and
 * may ask to come back in the browser. With fewer alumni than that in the register (no exit demo
 * yet), it seeds what it can, or nothing.
 */
@Component
class ReentryDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(ReentryDemoSeeder.class);

	private final ReentryService reentry;

	private final RepatriationService repatriation;

	private final ReentryBackdating history;

	private final AlumniRegister register;

	private final PeopleDirectory people;

	private final Clock clock;

	ReentryDemoSeeder(ReentryService reentry, RepatriationService repatriation, ReentryBackdating history,
			AlumniRegister register, PeopleDirectory people, Clock clock) {
		this.reentry = reentry;
		this.repatriation = repatriation;
		this.history = history;
		this.register = register;
		this.people = people;
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
		for (AlumnusRecord record : this.register.all(demo.lead())) {
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
