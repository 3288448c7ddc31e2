package io.cocareer.alumni.exit.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.exit.Collaboration;
import io.cocareer.alumni.exit.ConnectionSection;
import io.cocareer.alumni.exit.ExitService;
import io.cocareer.alumni.exit.HandoverItem;
import io.cocareer.alumni.exit.InterviewAnonymity;
import io.cocareer.alumni.exit.InterviewSection;
import io.cocareer.alumni.exit.OpenToReturn;
import io.cocareer.alumni.exit.ReasonSection;
import io.cocareer.alumni.exit.ReentrySection;
import io.cocareer.alumni.exit.StartExit;
import io.cocareer.alumni.exit.internal.ExitBackdating;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.TalentPool;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourSummary;

import org.springframework.stereotype.Component;

/**
 * The demo's exits, through {@link ExitService} as the lead and as each leaver, dated over the last
 * three years: Alex Morgan's past exit (a career goal, consent, a named interview); 40 completed
 * exits of people who are not talents, manage no one, have no tours and are not demo users, across
 * every kind of reason (most with consent, five without, one dismissed for cause), with named and anonymous
 * interviews and collaboration opportunities; and one exit in progress, its consent pending.
 * Completed exits publish {@code ExitCompleted}: the register's alumni come from here.
 */
@Component
class ExitDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(ExitDemoSeeder.class);

	/** The reasons of the completed exits, in turn, newest first: every kind, for cause once (the last). */
	private static final List<String> REASONS = List.of("NEW_ROLE", "STUDIES", "FAMILY", "PAY", "RESTRUCTURING",
			"OWN_COMPANY", "RELOCATION", "MANAGEMENT", "END_OF_CONTRACT", "WORKLOAD", "NEW_ROLE", "CULTURE", "FAMILY",
			"NEW_ROLE", "STUDIES", "PAY", "RESTRUCTURING", "NEW_ROLE", "RELOCATION", "OWN_COMPANY", "NEW_ROLE",
			"STUDIES", "FAMILY", "NEW_ROLE", "PAY", "RELOCATION", "OWN_COMPANY", "END_OF_CONTRACT", "NEW_ROLE",
			"MANAGEMENT", "STUDIES", "NEW_ROLE", "RESTRUCTURING", "FAMILY", "CULTURE", "NEW_ROLE", "OWN_COMPANY",
			"RELOCATION", "PAY", "FOR_CAUSE");

	/**
	 * Who gave no consent: five of the ordinary exits and the one for cause (five, so that the review
	 * can show the alumni who may not be contacted as a group of its own).
	 */
	private static final Set<Integer> NO_CONSENT = Set.of(6, 13, 20, 27, 33, 39);

	/** Days between two completed exits: forty of them over the last three years. */
	private static final long SPACING_DAYS = 27;

	private static final List<String> HANDOVER = List.of("Runbook of the month-end jobs", "Client contacts and open deals",
			"Access rights handed back", "Design decisions written down");

	private final ExitService exits;

	private final ExitBackdating history;

	private final PeopleDirectory people;

	private final TalentPool pool;

	private final TourService tours;

	private final Clock clock;

	ExitDemoSeeder(ExitService exits, ExitBackdating history, PeopleDirectory people, TalentPool pool,
			TourService tours, Clock clock) {
		this.exits = exits;
		this.history = history;
		this.people = people;
		this.pool = pool;
		this.tours = tours;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 200;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		Actor lead = demo.lead();
		try {
			alex(lead, today);
		}
		catch (RuntimeException ex) {
			log.warn("Demo: Alex's past exit skipped: {}", ex.getMessage());
		}
		List<PersonView> leavers = candidates(demo);
		if (leavers.size() < REASONS.size() + 1) {
			log.info("Demo exits: only {} people fit; fewer exits seeded", leavers.size());
		}
		int done = 0;
		for (int i = 0; i < REASONS.size() && i < leavers.size(); i++) {
			try {
				complete(lead, demo.manager(), leavers.get(i), i, today);
				done++;
			}
			catch (RuntimeException ex) {
				log.warn("Demo exit {} skipped: {}", i, ex.getMessage());
			}
		}
		if (leavers.size() > REASONS.size()) {
			inProgress(lead, leavers.get(REASONS.size()), today);
		}
		log.info("Demo exits: Alex's past exit, {} completed exits, one in progress", done);
	}

	private void alex(Actor lead, LocalDate today) {
		PersonSummary found = this.people.search("Alex Morgan", null, Paging.of(0, 5))
			.items()
			.stream()
			.filter((p) -> p.status() == PersonStatus.LEFT)
			.findFirst()
			.orElse(null);
		if (found == null) {
			return;
		}
		PersonId alexId = PersonId.of(found.id());
		Actor alex = new Actor(null, "alumnus", alexId, found.fullName(), Set.of(Role.ALUMNUS));
		UUID exit = this.exits.recordPastExit(lead, alexId.value());
		this.exits.saveReason(lead, exit, new ReasonSection(null, "NEW_ROLE", null, null), null);
		this.exits.saveReentry(lead, exit, new ReentrySection(OpenToReturn.YES, "In two or three years",
				"A staff engineer role with a team of their own"), null);
		this.exits.saveCollaborations(lead, exit, List.of(new Collaboration(CollaborationKind.SPEAKER,
				"A talk at the engineering day on what they build now", lead.personId().value(), today.plusMonths(2))), null);
		this.exits.giveConsent(alex, exit, new ConnectionSection("alex.morgan@example.org",
				Set.of(ContactChannel.EMAIL, ContactChannel.EVENTS, ContactChannel.LINKEDIN), ContactCadence.QUARTERLY));
		this.exits.saveInterview(alex, exit, new InterviewSection(InterviewAnonymity.NAMED, "NEW_ROLE",
				"A path to staff engineer here, a year earlier", "Great people; I would like to stay in touch."), null);
		LocalDate leftOn = this.exits.get(lead, exit).leavingOn();
		this.history.startedOn(exit, leftOn.minusDays(14));
		this.exits.complete(lead, exit);
		this.history.completedOn(exit, today.minusDays(3));
	}

	/** People who are not in the pool, manage no one, have no tours, are not demo users, by employee id. */
	private List<PersonView> candidates(DemoOrganisation demo) {
		Set<UUID> excluded = new HashSet<>(this.pool.activeReasons(demo.lead()).keySet());
		for (TourSummary tour : this.tours.visibleTours(demo.lead(), null)) {
			excluded.add(tour.talentId());
			if (tour.managerId() != null) {
				excluded.add(tour.managerId());
			}
		}
		excluded.add(demo.lead().personId().value());
		excluded.add(demo.manager().personId().value());
		excluded.add(demo.talent().personId().value());
		List<PersonView> found = new ArrayList<>();
		int page = 0;
		while (true) {
			var result = this.people.search("", null, Paging.of(page, Paging.MAX_SIZE));
			for (PersonSummary summary : result.items()) {
				if (summary.status() != PersonStatus.ACTIVE || excluded.contains(summary.id())) {
					continue;
				}
				PersonView person = this.people.get(PersonId.of(summary.id()));
				if (person.hireDate() != null && this.people.directReports(PersonId.of(person.id())).isEmpty()) {
					found.add(person);
				}
			}
			if (result.items().size() < Paging.MAX_SIZE || found.size() > REASONS.size() + 5) {
				break;
			}
			page++;
		}
		found.sort(Comparator.comparing(PersonView::employeeId));
		return found;
	}

	private void complete(Actor lead, Actor manager, PersonView person, int i, LocalDate today) {
		LocalDate leftOn = today.minusDays(25 + i * SPACING_DAYS);
		if (!leftOn.isAfter(person.hireDate().plusMonths(3))) {
			leftOn = person.hireDate().plusMonths(6);
		}
		if (!leftOn.isBefore(today)) {
			throw new IllegalStateException("hired too recently");
		}
		Actor leaver = new Actor(null, person.fullName(), PersonId.of(person.id()), person.fullName(), Set.of(Role.TALENT));
		UUID exit = this.exits.start(lead, new StartExit(person.id(), leftOn));
		String reason = REASONS.get(i);
		boolean forCause = reason.equals("FOR_CAUSE");
		this.exits.saveReason(lead, exit, (i == 9)
				? new ReasonSection(leftOn, reason, io.cocareer.alumni.RehireEligibility.YES,
						"The workload was our planning's fault, not theirs")
				: new ReasonSection(leftOn, reason, null, null), null);
		this.exits.saveReentry(lead, exit, new ReentrySection(forCause ? OpenToReturn.NO
				: (i % 3 == 0) ? OpenToReturn.YES : OpenToReturn.MAYBE, forCause ? null : "After a few years elsewhere", null),
				null);
		if (i % 2 == 0 && !forCause) {
			CollaborationKind kind = CollaborationKind.values()[i % CollaborationKind.values().length];
			this.exits.saveCollaborations(lead, exit, List.of(new Collaboration(kind,
					"Stay in touch as a " + kind.name().toLowerCase(java.util.Locale.ROOT), lead.personId().value(),
					leftOn.plusMonths(3))), null);
		}
		this.exits.saveHandover(lead, exit, List.of(new HandoverItem(HANDOVER.get(i % HANDOVER.size()),
				lead.personId().value(), leftOn.minusDays(3), true)), null);
		if (!NO_CONSENT.contains(i)) {
			String local = person.firstName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "."
					+ person.lastName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
			this.exits.giveConsent(leaver, exit, new ConnectionSection(local + "@example.org",
					(i % 2 == 0) ? Set.of(ContactChannel.EMAIL, ContactChannel.NEWSLETTER)
							: Set.of(ContactChannel.LINKEDIN, ContactChannel.EVENTS),
					ContactCadence.values()[i % ContactCadence.values().length]));
		}
		if (i % 4 != 3) {
			this.exits.saveInterview(leaver, exit, new InterviewSection(
					(i % 2 == 0) ? InterviewAnonymity.ANONYMOUS : InterviewAnonymity.NAMED, reason,
					forCause ? null : "More room to grow in my own direction", null), null);
		}
		this.history.startedOn(exit, leftOn.minusDays(30));
		this.exits.complete(lead, exit);
		this.history.completedOn(exit, leftOn);
	}

	private void inProgress(Actor lead, PersonView person, LocalDate today) {
		try {
			UUID exit = this.exits.start(lead, new StartExit(person.id(), today.plusDays(30)));
			this.exits.saveReason(lead, exit, new ReasonSection(today.plusDays(30), "RELOCATION", null, null), null);
			this.exits.saveHandover(lead, exit, List.of(
					new HandoverItem("Runbook of the month-end jobs", lead.personId().value(), today.plusDays(20), false),
					new HandoverItem("Client contacts and open deals", lead.personId().value(), today.plusDays(25), true)),
					null);
			this.exits.saveCollaborations(lead, exit, List.of(new Collaboration(CollaborationKind.FREELANCER,
					"Freelance work on the data platform after the move", lead.personId().value(), null)), null);
			this.history.startedOn(exit, today.minusDays(5));
		}
		catch (RuntimeException ex) {
			log.warn("Demo exit in progress skipped: {}", ex.getMessage());
		}
	}

}
