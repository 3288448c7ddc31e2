package io.cocareer.toolbox.diagnostic.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import io.cocareer.toolbox.diagnostic.Condition;
import io.cocareer.toolbox.diagnostic.CreateDiagnostic;
import io.cocareer.toolbox.diagnostic.DiagnosticItem;
import io.cocareer.toolbox.diagnostic.DiagnosticScope;
import io.cocareer.toolbox.diagnostic.DiagnosticService;
import io.cocareer.toolbox.diagnostic.internal.DiagnosticBackdating;

import org.springframework.stereotype.Component;

/**
 * The demo's diagnostics, started by the demo lead ({@code lead}) and answered through the service
 * by their respondents: the organisation's, closed a year ago (every approach a pilot at best) and
 * three weeks ago (tours of duty to adopt, networks and alumni to pilot), with eight respondents
 * each, the demo manager and talent among them; one for the manager's unit, closed two weeks ago,
 * clearly different (alumni to adopt, tours to stay with the classic toolbox); and one still open,
 * answered by five, that the demo {@code talent} and {@code manager} still have to answer. Only the
 * dates are moved back.
 */
@Component
class DiagnosticDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(DiagnosticDemoSeeder.class);

	/** How respondents differ from the mean, the same for the items of one condition (so that they agree). */
	private static final int[] OFFSETS = { 0, 1, -1, 0, 1, -1, 0, 1 };

	/** How one answer differs from the respondent's view of the condition: a little, by item. */
	private static final double[] NOISE = { 0, 0.5, -0.5, 0.4, -0.4, 0 };

	private final DiagnosticService diagnostics;

	private final DiagnosticBackdating history;

	private final PeopleDirectory people;

	DiagnosticDemoSeeder(DiagnosticService diagnostics, DiagnosticBackdating history, PeopleDirectory people) {
		this.diagnostics = diagnostics;
		this.history = history;
		this.people = people;
	}

	@Override
	public int getOrder() {
		return 300;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		Actor lead = demo.lead();
		Actor manager = demo.manager();
		Actor talent = demo.talent();
		Set<UUID> demoPeople = Set.of(lead.personId().value(), manager.personId().value(), talent.personId().value());
		Map<UUID, UUID> units = this.people.unitOfEachPerson();
		UUID unit = units.get(manager.personId().value());
		List<PersonSummary> working = this.people.summaries(units.keySet())
			.values()
			.stream()
			.filter((p) -> p.status() != PersonStatus.LEFT && !demoPeople.contains(p.id()))
			.sorted(Comparator.comparing(PersonSummary::fullName).thenComparing(PersonSummary::id))
			.toList();
		List<Actor> others = working.stream()
			.filter((p) -> !p.id().equals(unit) && !java.util.Objects.equals(units.get(p.id()), unit))
			.map(DiagnosticDemoSeeder::actor)
			.toList();
		List<Actor> team = working.stream()
			.filter((p) -> unit != null && unit.equals(units.get(p.id())))
			.map(DiagnosticDemoSeeder::actor)
			.toList();
		if (others.size() < 12 || team.size() < 3) {
			log.info("Demo diagnostics skipped: too few people ({} elsewhere, {} in the manager's unit)", others.size(),
					team.size());
			return;
		}

		// the organisation a year ago: mobile talents, little else; every approach a pilot at best
		List<Actor> yearAgo = respondents(List.of(lead, manager, talent), others.subList(0, 5));
		UUID old = run(lead, "Organisation, last year", DiagnosticScope.ORGANISATION, null, yearAgo,
				new double[] { 3.4, 2.8, 2.6, 2.0, 2.2 }, -1);
		this.history.backdate(old, 365, 18);

		// the organisation three weeks ago: tours of duty to adopt, networks and alumni to pilot
		List<Actor> recent = respondents(List.of(lead, manager, talent), others.subList(3, 8));
		UUID latest = run(lead, "Organisation, this year", DiagnosticScope.ORGANISATION, null, recent,
				new double[] { 4.2, 3.8, 3.6, 2.1, 3.5 }, Condition.C4.ordinal());
		this.history.backdate(latest, 21, 14);

		// the manager's unit two weeks ago: a close-knit industry where people come back, few missions
		// (answered by the manager, the talent and five colleagues of their unit)
		List<Actor> unitPeople = respondents(List.of(manager, talent), team.subList(0, Math.min(team.size(), 5)));
		UUID ofUnit = run(lead, "Our unit, this year", DiagnosticScope.UNIT, unit, unitPeople,
				new double[] { 2.4, 2.2, 2.4, 4.3, 4.1 }, -1);
		this.history.backdate(ofUnit, 14, 10);

		// open: five have answered, the demo talent and manager still have to
		List<Actor> asked = respondents(List.of(lead, manager, talent), others.subList(8, 12));
		UUID open = this.diagnostics.create(lead, new CreateDiagnostic("Organisation, follow-up after the pilots",
				DiagnosticScope.ORGANISATION, null, ids(asked), Map.of()));
		List<Actor> answering = new ArrayList<>(asked);
		answering.remove(manager);
		answering.remove(talent);
		answerAll(open, answering, new double[] { 4.3, 3.9, 3.8, 2.6, 3.5 }, -1);
		this.history.backdate(open, 3);
		log.info("Demo diagnostics: two of the organisation a year apart, one of a unit, one open");
	}

	private UUID run(Actor lead, String title, DiagnosticScope scope, UUID unitId, List<Actor> respondents,
			double[] means, int split) {
		UUID id = this.diagnostics.create(lead, new CreateDiagnostic(title, scope, unitId, ids(respondents), Map.of()));
		answerAll(id, respondents, means, split);
		this.diagnostics.close(lead, id);
		return id;
	}

	private void answerAll(UUID id, List<Actor> respondents, double[] means, int split) {
		for (int r = 0; r < respondents.size(); r++) {
			this.diagnostics.answer(respondents.get(r), id, answers(r, means, split));
		}
	}

	/**
	 * Respondent r's answers around the means per condition: their own offset per condition, a
	 * little per item; for the condition {@code split} (or none: -1) the second item goes against
	 * the first, so that its items do not agree (a low α).
	 */
	static Map<String, Integer> answers(int r, double[] means, int split) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		Map<Condition, Integer> itemIndex = new EnumMap<>(Condition.class);
		for (DiagnosticItem item : DiagnosticItem.values()) {
			Condition c = item.condition();
			int i = itemIndex.merge(c, 1, Integer::sum) - 1;
			int offset = OFFSETS[(r + c.ordinal()) % OFFSETS.length];
			if (c.ordinal() == split && i == 1 && r % 3 != 2) {
				offset = -offset;
			}
			double value = means[c.ordinal()] + offset + NOISE[(r * 5 + item.ordinal() * 3) % NOISE.length];
			answers.put(item.name(), (int) Math.max(1, Math.min(5, Math.round(value))));
		}
		return answers;
	}

	private static List<Actor> respondents(List<Actor> first, List<Actor> more) {
		Set<Actor> all = new LinkedHashSet<>(first);
		all.addAll(more);
		return List.copyOf(all);
	}

	private static List<PersonId> ids(List<Actor> actors) {
		return actors.stream().map(Actor::personId).toList();
	}

	private static Actor actor(PersonSummary person) {
		return new Actor(null, person.fullName(), PersonId.of(person.id()), person.fullName(), Set.of(Role.TALENT));
	}

}
