package io.cocareer.alumni.entry.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.alumni.entry.EntryService;
import io.cocareer.alumni.entry.internal.EntryBackdating;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.people.SavePerson;
import io.cocareer.people.UnitView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The demo's alumni programme at entry: the people hired in the last two years acknowledged it
 * within days of their hire; this year's intakes are hired by the talent lead through the people
 * module, so that their acknowledgements start pending as every hire's does: a graduate intake
 * about twelve weeks ago and the autumn's hires, most acknowledged, five of Sales' still to (one
 * reminded last week). Enough hires per unit and quarter that the coverage shows figures. Tara,
 * hired long ago, has not read it yet: her home invites her to.
 */
@Component
class EntryDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(EntryDemoSeeder.class);

	/** The new hires: first name, last name, title, unit, days ago, whether they acknowledged. */
	private static final Object[][] NEW_HIRES = { { "Lina", "Okafor", "Graduate engineer", "Engineering", 85, true },
			{ "Tomas", "Novak", "Graduate engineer", "Engineering", 85, true },
			{ "Priya", "Raman", "Graduate engineer", "Engineering", 85, true },
			{ "Jonas", "Weber", "Graduate engineer", "Engineering", 85, true },
			{ "Sofia", "Marino", "Graduate engineer", "Engineering", 85, true },
			{ "Kenji", "Sato", "Graduate analyst", "Product", 85, true },
			{ "Nora", "Lindqvist", "Graduate analyst", "Product", 85, true },
			{ "Ayo", "Bello", "Graduate analyst", "Product", 85, true },
			{ "Mila", "Kovac", "Graduate analyst", "Product", 85, true },
			{ "Oscar", "Dahl", "Engineer", "Engineering", 55, true },
			{ "Leila", "Haddad", "Senior engineer", "Engineering", 40, true },
			{ "Ines", "Carvalho", "Product manager", "Product", 45, true },
			{ "Daniel", "Frey", "Designer", "Product", 12, true },
			{ "Ruben", "Vos", "Account manager", "Sales", 50, true },
			{ "Elena", "Petrova", "Account executive", "Sales", 35, true },
			{ "Maya", "Cohen", "Account executive", "Sales", 30, true },
			{ "Samir", "Aziz", "Sales engineer", "Sales", 20, false },
			{ "Aisha", "Khan", "Account executive", "Sales", 15, false },
			{ "Victor", "Lambert", "Account executive", "Sales", 8, false },
			{ "Clara", "Schulz", "Sales engineer", "Sales", 5, false },
			{ "Jonah", "Brandt", "Sales development representative", "Sales", 3, false } };

	/** The new hires' mail domain: not the generator's, whose people the demo's own tests count. */
	static final String EMAIL_DOMAIN = "hires.demo.cocareer.io";

	/** The one new hire reminded already (last week). */
	private static final String REMINDED = "Samir";

	private final EntryService entry;

	private final EntryBackdating backdating;

	private final PeopleService peopleService;

	private final PeopleDirectory people;

	private final Clock clock;

	EntryDemoSeeder(EntryService entry, EntryBackdating backdating, PeopleService peopleService, PeopleDirectory people,
			Clock clock) {
		this.entry = entry;
		this.backdating = backdating;
		this.peopleService = peopleService;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 100;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		ZoneId zone = this.clock.getZone();
		Set<UUID> demoPeople = Set.of(demo.talent().personId().value(), demo.manager().personId().value(),
				demo.lead().personId().value());

		// those hired in the last two years acknowledged it within a week
		int n = 0;
		for (PersonView person : hiredSince(today.minusYears(2))) {
			if (demoPeople.contains(person.id())) {
				continue;
			}
			this.entry.recordHire(PersonId.of(person.id()), person.hireDate());
			acknowledge(person.id(), person.fullName(),
					person.hireDate().plusDays(2 + n++ % 6).atTime(10, 0).atZone(zone).toInstant());
		}

		// this year's intakes, hired through the people module (their acknowledgements start pending)
		List<UnitView> units = this.people.units();
		int hired = 0;
		for (Object[] h : NEW_HIRES) {
			Optional<UnitView> unit = units.stream().filter((u) -> u.name().equals(h[3])).findFirst();
			if (unit.isEmpty()) {
				continue;
			}
			LocalDate hiredOn = today.minusDays((Integer) h[4]);
			String key = "%02d".formatted(++hired);
			UUID personId = this.peopleService.create(demo.lead(),
					new SavePerson("NH26" + key, (String) h[0], (String) h[1],
							(h[0] + "." + h[1] + ".nh" + key + "@" + EMAIL_DOMAIN).toLowerCase(Locale.ROOT), (String) h[2],
							unit.get().id(), teamManager(unit.get(), demo).orElse(null), hiredOn));
			// the module's listener does the same after the hire's commit, on its own thread: recording it here
			// too lets the demo acknowledge it now; whichever comes second leaves the row as it is
			this.entry.recordHire(PersonId.of(personId), hiredOn);
			if ((Boolean) h[5]) {
				acknowledge(personId, h[0] + " " + h[1],
						hiredOn.plusDays(1 + hired % 4).atTime(9, 30).atZone(zone).toInstant());
			}
			else if (REMINDED.equals(h[0])) {
				this.backdating.remindedAt(personId, this.clock.instant().minus(Duration.ofDays(6)));
			}
		}
		log.info("Demo alumni entry: {} new hires added, with their acknowledgements", hired);
	}

	private void acknowledge(UUID personId, String name, Instant at) {
		Actor hire = new Actor(null, name, PersonId.of(personId), name, Set.of(Role.TALENT));
		this.entry.acknowledge(hire);
		this.backdating.acknowledgedAt(personId, at.isAfter(this.clock.instant()) ? this.clock.instant() : at);
	}

	private List<PersonView> hiredSince(LocalDate since) {
		List<PersonView> found = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<PersonSummary> result = this.people.search(null, null, Paging.of(page, Paging.MAX_SIZE));
			for (PersonSummary summary : result.items()) {
				if (summary.status() == PersonStatus.LEFT) {
					continue;
				}
				PersonView person = this.people.get(PersonId.of(summary.id()));
				if (person.hireDate() != null && !person.hireDate().isBefore(since)) {
					found.add(person);
				}
			}
			if ((long) (page + 1) * Paging.MAX_SIZE >= result.total()) {
				return found;
			}
		}
	}

	/** A team manager of the unit other than the demo's manager, to report to. */
	private Optional<UUID> teamManager(UnitView unit, DemoOrganisation demo) {
		return this.people.search("Team manager", unit.id(), Paging.of(0, 20))
			.items()
			.stream()
			.map(PersonSummary::id)
			.filter((id) -> !id.equals(demo.manager().personId().value()))
			.findFirst();
	}

}
