package io.cocareer.toolbox.workshop.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.workshop.AddMaterial;
import io.cocareer.toolbox.workshop.Attendance;
import io.cocareer.toolbox.workshop.Audience;
import io.cocareer.toolbox.workshop.SaveWorkshop;
import io.cocareer.toolbox.workshop.WorkshopService;
import io.cocareer.toolbox.workshop.internal.WorkshopBackdating;

import org.springframework.stereotype.Component;

/**
 * The demo's career planning workshops, dated relative to today: one held three weeks ago by the
 * talent lead, with attendance (one no-show), two materials and feedback from four attendees (the
 * demo talent among them), so its summary shows; one in nine days facilitated by the demo manager,
 * full with a waiting list of three where the demo talent is second in line; one for talents in
 * sixteen days with free seats; and one cancelled. Written through the service as the demo lead,
 * the manager, the talent and the other talents; only the held one's dates are moved back.
 */
@Component
class WorkshopDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(WorkshopDemoSeeder.class);

	private final WorkshopService workshops;

	private final WorkshopBackdating history;

	private final TalentPool pool;

	private final PeopleDirectory people;

	private final Clock clock;

	WorkshopDemoSeeder(WorkshopService workshops, WorkshopBackdating history, TalentPool pool, PeopleDirectory people,
			Clock clock) {
		this.workshops = workshops;
		this.history = history;
		this.pool = pool;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 160;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		Actor lead = demo.lead();
		Actor manager = demo.manager();
		Actor talent = demo.talent();
		UUID tara = talent.personId().value();
		List<UUID> others = this.people
			.summaries(this.pool.activeTalentIds().stream().map(PersonId::value).toList())
			.values()
			.stream()
			.filter((p) -> !p.id().equals(tara) && !p.id().equals(manager.personId().value())
					&& !p.id().equals(lead.personId().value()) && p.status() != PersonStatus.LEFT)
			.sorted(Comparator.comparing(PersonSummary::fullName).thenComparing(PersonSummary::id))
			.map(PersonSummary::id)
			.toList();
		if (others.size() < 9) {
			log.info("Demo workshops skipped: fewer than nine other talents");
			return;
		}
		LocalDate today = LocalDate.now(this.clock);

		// held three weeks ago: attendance, materials, feedback from four attendees
		UUID held = this.workshops.create(lead, new SaveWorkshop("Plan your next two years",
				"A half day to map where you are, where you want to be in two years and the next three steps, "
						+ "with peers from other teams.",
				lead.personId(), at(today.plusDays(1), 9, 30), 180, "Meeting room Aurora, 3rd floor", null, 10,
				Audience.EVERYONE));
		this.workshops.enrol(talent, held);
		for (UUID person : others.subList(0, 5)) {
			this.workshops.enrol(lead, held, PersonId.of(person));
		}
		this.history.backdate(held, 22);
		this.workshops.recordAttendance(lead, held, talent.personId(), Attendance.ATTENDED);
		for (int i = 0; i < 5; i++) {
			this.workshops.recordAttendance(lead, held, PersonId.of(others.get(i)),
					(i == 4) ? Attendance.NO_SHOW : Attendance.ATTENDED);
		}
		this.workshops.addMaterial(lead, held, new AddMaterial("Slides: the two-year career map",
				"https://intranet.example.com/workshops/career-map.pdf", null));
		this.workshops.addMaterial(lead, held, new AddMaterial("Your three next steps",
				null, "Write down three steps for the next quarter and share one with your manager."));
		this.workshops.giveFeedback(talent, held, 5, "The peer conversations were the best part.");
		this.workshops.giveFeedback(as(others.get(0)), held, 4, "Good structure; a bit long before the break.");
		this.workshops.giveFeedback(as(others.get(1)), held, 4, null);
		this.workshops.giveFeedback(as(others.get(2)), held, 3, "More examples from other teams, please.");

		// in nine days, facilitated by the manager: full, three waiting, the talent second in line
		UUID full = this.workshops.create(lead, new SaveWorkshop("Networking for your next role",
				"How to grow the connections that open your next role, inside and outside the company.",
				manager.personId(), at(today.plusDays(9), 14, 0), 120, null, "https://meet.example.com/networking-next-role",
				4, Audience.EVERYONE));
		for (UUID person : others.subList(3, 7)) {
			this.workshops.enrol(lead, full, PersonId.of(person));
		}
		this.workshops.enrol(lead, full, PersonId.of(others.get(7)));
		this.workshops.enrol(talent, full);
		this.workshops.enrol(manager, full, PersonId.of(others.get(8)));

		// for talents, in sixteen days, with free seats
		UUID open = this.workshops.create(lead, new SaveWorkshop("Tours of duty: choosing your next mission",
				"What makes a good next mission, and how to talk about it with your manager.", lead.personId(),
				at(today.plusDays(16), 10, 0), 90, "Meeting room Borealis", "https://meet.example.com/next-mission", 12,
				Audience.TALENTS));
		for (UUID person : others.subList(0, 3)) {
			this.workshops.enrol(lead, open, PersonId.of(person));
		}

		// called off: those enrolled are told
		UUID cancelled = this.workshops.create(lead, new SaveWorkshop("Personal branding for experts",
				"Making your expertise visible inside and outside the company.", lead.personId(),
				at(today.plusDays(5), 15, 0), 90, "Meeting room Aurora, 3rd floor", null, 8, Audience.EVERYONE));
		this.workshops.enrol(lead, cancelled, PersonId.of(others.get(5)));
		this.workshops.enrol(lead, cancelled, PersonId.of(others.get(6)));
		this.workshops.cancel(lead, cancelled);
		log.info("Demo workshops: one held, one full with a waiting list, one open, one cancelled");
	}

	private Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(this.clock.getZone()).toInstant();
	}

	private Actor as(UUID personId) {
		String name = this.people.get(PersonId.of(personId)).fullName();
		return new Actor(null, name, PersonId.of(personId), name, Set.of(Role.TALENT));
	}

}
