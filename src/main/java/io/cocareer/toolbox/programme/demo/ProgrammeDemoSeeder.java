package io.cocareer.toolbox.programme.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.programme.Commands.AddModule;
import io.cocareer.toolbox.programme.Commands.AddTrack;
import io.cocareer.toolbox.programme.Commands.CreateCohort;
import io.cocareer.toolbox.programme.Commands.CreateProgramme;
import io.cocareer.toolbox.programme.ProgrammeService;
import io.cocareer.toolbox.programme.ProgressState;
import io.cocareer.toolbox.programme.TrackKind;
import io.cocareer.toolbox.programme.Views.TrackView;
import io.cocareer.toolbox.programme.internal.ProgrammeBackdating;

import org.springframework.stereotype.Component;

/**
 * The demo's development programme, dated relative to today, built by the demo lead ({@code lead}):
 * a leadership track (five modules, one elective) with a cohort under way since two months, the
 * demo talent ({@code talent}) in it with two modules completed and one in progress, beside four
 * colleagues (the demo manager's reports first) at various points; an expert track (four modules)
 * with a cohort that ended six weeks ago: five completed, one withdrew, one did not finish.
 * Written through the service; only the dates are moved back.
 */
@Component
class ProgrammeDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeDemoSeeder.class);

	private final ProgrammeService programmes;

	private final ProgrammeBackdating history;

	private final PeopleDirectory people;

	private final Clock clock;

	ProgrammeDemoSeeder(ProgrammeService programmes, ProgrammeBackdating history, PeopleDirectory people,
			Clock clock) {
		this.programmes = programmes;
		this.history = history;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 560;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		Actor lead = demo.lead();
		UUID tara = demo.talent().personId().value();
		Set<UUID> talents = this.programmes.currentTalents();
		Set<UUID> ordered = new LinkedHashSet<>();
		this.people.directReports(demo.manager().personId())
			.stream()
			.map(PersonSummary::id)
			.filter((id) -> talents.contains(id) && !id.equals(tara))
			.sorted()
			.forEach(ordered::add);
		talents.stream()
			.filter((id) -> !id.equals(tara) && !id.equals(lead.personId().value())
					&& !id.equals(demo.manager().personId().value()))
			.sorted(Comparator.naturalOrder())
			.forEach(ordered::add);
		List<UUID> others = new ArrayList<>(ordered);
		if (!talents.contains(tara) || others.size() < 11) {
			log.info("Demo programmes skipped: fewer than twelve talents");
			return;
		}

		UUID programme = this.programmes.create(lead, new CreateProgramme("Leadership and expert development",
				"Two ways to grow: leading people, or becoming the expert others turn to. Each track runs in cohorts "
						+ "that learn together for about six months."));
		UUID leadership = this.programmes.addTrack(lead, programme, new AddTrack(TrackKind.LEADERSHIP, "Leading people"));
		module(lead, leadership, "Leading yourself", "Values, energy and the example you set.", 12, true);
		module(lead, leadership, "Giving and asking for feedback", "Feedback that lands, both ways.", 8, true);
		module(lead, leadership, "Coaching conversations", "Helping others find their own answers.", 10, true);
		module(lead, leadership, "Leading change", "Taking a team through a reorganisation.", 12, true);
		module(lead, leadership, "Strategic thinking", "From the team's plan to the company's.", 8, false);
		UUID expert = this.programmes.addTrack(lead, programme, new AddTrack(TrackKind.EXPERT, "Deep expertise"));
		module(lead, expert, "Mapping your field", "Where the field goes and where you stand in it.", 6, true);
		module(lead, expert, "Teaching what you know", "Workshops, pairing and written guides.", 10, true);
		module(lead, expert, "Publishing and speaking", "A talk or an article outside the company.", 8, true);
		module(lead, expert, "Expert review board", "Present a piece of work to senior experts.", 4, true);

		List<UUID> leadershipModules = modules(lead, programme, leadership);
		List<UUID> expertModules = modules(lead, programme, expert);

		// the leadership cohort, under way for two months
		UUID running = this.programmes.createCohort(lead, leadership,
				new CreateCohort("Leading people 2026/27", today.minusDays(60), today.plusDays(120), 12));
		UUID taraIn = this.programmes.enrol(lead, running, PersonId.of(tara));
		set(lead, running, taraIn, leadershipModules.get(0), ProgressState.COMPLETED);
		this.history.backdate(running, taraIn, 25);
		set(lead, running, taraIn, leadershipModules.get(1), ProgressState.COMPLETED);
		set(lead, running, taraIn, leadershipModules.get(2), ProgressState.IN_PROGRESS);
		this.history.backdate(running, taraIn, 30);
		int[] done = { 3, 1, 0, 2 };
		for (int i = 0; i < 4; i++) {
			UUID participant = this.programmes.enrol(lead, running, PersonId.of(others.get(i)));
			for (int m = 0; m < done[i]; m++) {
				set(lead, running, participant, leadershipModules.get(m), ProgressState.COMPLETED);
			}
			if (done[i] < leadershipModules.size() && i % 2 == 0) {
				set(lead, running, participant, leadershipModules.get(done[i]), ProgressState.IN_PROGRESS);
			}
			this.history.backdate(running, participant, 40 + i * 3);
		}

		// the expert cohort, ended six weeks ago: five completed, one withdrew, one did not finish
		UUID ended = this.programmes.createCohort(lead, expert,
				new CreateCohort("Deep expertise 2025/26", today, today.plusDays(340), null));
		for (int i = 0; i < 7; i++) {
			UUID participant = this.programmes.enrol(lead, ended, PersonId.of(others.get(4 + i)));
			if (i < 5) {
				expertModules.forEach((m) -> set(lead, ended, participant, m, ProgressState.COMPLETED));
			}
			else if (i == 5) {
				set(lead, ended, participant, expertModules.get(0), ProgressState.COMPLETED);
				this.programmes.withdraw(lead, ended, participant);
			}
			else {
				set(lead, ended, participant, expertModules.get(0), ProgressState.COMPLETED);
				set(lead, ended, participant, expertModules.get(1), ProgressState.IN_PROGRESS);
			}
			this.history.backdate(ended, participant, 50 + i * 7);
		}
		this.history.backdateCohort(ended, 385);
		log.info("Demo programmes: a leadership cohort under way, an expert cohort ended with completions");
	}

	private void module(Actor lead, UUID track, String title, String description, int hours, boolean required) {
		this.programmes.addModule(lead, track, new AddModule(title, description, hours, required));
	}

	private List<UUID> modules(Actor lead, UUID programme, UUID track) {
		return this.programmes.get(lead, programme)
			.tracks()
			.stream()
			.filter((t) -> t.id().equals(track))
			.map(TrackView::modules)
			.findFirst()
			.orElseThrow()
			.stream()
			.map((m) -> m.id())
			.toList();
	}

	private void set(Actor lead, UUID cohort, UUID participant, UUID module, ProgressState state) {
		this.programmes.updateProgress(lead, cohort, participant, module, state);
	}

}
