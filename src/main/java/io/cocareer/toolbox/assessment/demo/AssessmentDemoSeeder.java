package io.cocareer.toolbox.assessment.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.assessment.AssessmentCentreService;
import io.cocareer.toolbox.assessment.CentreView;
import io.cocareer.toolbox.assessment.ConsensusEntry;
import io.cocareer.toolbox.assessment.ExerciseKind;
import io.cocareer.toolbox.assessment.NewCentre;
import io.cocareer.toolbox.assessment.NewExercise;
import io.cocareer.toolbox.assessment.RatingEntry;
import io.cocareer.toolbox.assessment.RatingSheet;
import io.cocareer.toolbox.assessment.WashUpRecord;
import io.cocareer.toolbox.assessment.WashUpView;
import io.cocareer.toolbox.assessment.internal.AssessmentReminders;

import org.springframework.stereotype.Component;

/**
 * The demo's assessment centres, dated relative to today, written through the service as the
 * demo lead and the assessors: a leadership centre held six weeks ago, after its wash-up, with the
 * reports of the demo talent ({@code talent}) and two others released (their profiles got the
 * consensus levels) and one finalised but not yet released; the demo manager ({@code manager})
 * assessed in it, never the talent who reports to them. A second centre held two days ago is open
 * for ratings, partly rated (the manager has rated one participant and started another): its
 * sheets are late, so the morning's reminder round, run here as the daily job would, reminds the
 * manager and tells the talent lead how many sheets are missing; a third, three weeks ahead, is
 * still being set up.
 */
@Component
class AssessmentDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(AssessmentDemoSeeder.class);

	private static final List<String> WANTED = List.of("Strategic thinking", "Stakeholder management",
			"Public speaking", "Problem solving");

	private final AssessmentCentreService centres;

	private final TalentPool pool;

	private final PeopleDirectory people;

	private final AssessmentReminders reminders;

	private final Clock clock;

	AssessmentDemoSeeder(AssessmentCentreService centres, TalentPool pool, PeopleDirectory people,
			AssessmentReminders reminders, Clock clock) {
		this.centres = centres;
		this.pool = pool;
		this.people = people;
		this.reminders = reminders;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 160;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		Actor lead = demo.lead();
		Actor manager = demo.manager();
		UUID tara = demo.talent().personId().value();
		Set<UUID> talents = this.pool.activeTalentIds().stream().map(PersonId::value).collect(Collectors.toSet());
		Set<UUID> demoPeople = Set.of(lead.personId().value(), manager.personId().value(), tara);
		List<UUID> others = this.people.summaries(talents)
			.values()
			.stream()
			.filter((p) -> !demoPeople.contains(p.id()) && p.status() != PersonStatus.LEFT)
			.filter((p) -> !this.people.isManagerOf(manager.personId(), PersonId.of(p.id())))
			.sorted(Comparator.comparing(PersonSummary::fullName).thenComparing(PersonSummary::id))
			.map(PersonSummary::id)
			.toList();
		List<PersonSummary> staff = this.people.search(null, null, Paging.of(0, 200))
			.items()
			.stream()
			.filter((p) -> !talents.contains(p.id()) && !demoPeople.contains(p.id()) && p.status() != PersonStatus.LEFT)
			.toList();
		List<CompetencyView> catalogue = this.centres.catalogue();
		List<UUID> competencies = new ArrayList<>();
		WANTED.forEach((name) -> catalogue.stream()
			.filter((c) -> c.name().equals(name))
			.findFirst()
			.ifPresent((c) -> competencies.add(c.id())));
		catalogue.stream()
			.filter((c) -> !competencies.contains(c.id()))
			.limit(Math.max(0, 4 - competencies.size()))
			.forEach((c) -> competencies.add(c.id()));
		if (!talents.contains(tara) || others.size() < 6 || staff.size() < 2 || competencies.size() < 4) {
			log.info("Demo assessment centres skipped: too few talents, staff or competencies");
			return;
		}
		Actor second = actor(staff.get(0));
		Actor third = actor(staff.get(1));

		// held six weeks ago, washed up, reports released (Tara's among them)
		UUID held = setUp(lead, "Leadership assessment centre", today.minusWeeks(6),
				"Evidence for the next step of our high-potential talents: who is ready for a first leadership role, and what each should develop.",
				competencies, List.of(tara, others.get(0), others.get(1), others.get(2)),
				List.of(manager, second, third));
		this.centres.openRatings(lead, held);
		for (Actor assessor : List.of(manager, second, third)) {
			for (UUID participant : this.centres.get(assessor, held).toRate()) {
				rate(assessor, held, participant, 1.0);
			}
		}
		this.centres.startWashUp(lead, held);
		List<UUID> washedUp = List.of(tara, others.get(0), others.get(1), others.get(2));
		for (UUID participant : washedUp) {
			washUp(lead, held, participant);
		}
		for (UUID participant : List.of(tara, others.get(0), others.get(1))) {
			this.centres.release(lead, held, participant);
		}

		// held two days ago, open for ratings, partly rated: the wash-up is to come
		UUID running = setUp(lead, "Expert track assessment centre", today.minusDays(2),
				"Which of our experts are ready for the expert track, and in which competencies.",
				competencies.subList(0, 3), List.of(others.get(3), others.get(4), others.get(5)), List.of(manager, second));
		this.centres.openRatings(lead, running);
		List<UUID> managerRates = new ArrayList<>(this.centres.get(manager, running).toRate());
		managerRates.sort(Comparator.naturalOrder());
		if (!managerRates.isEmpty()) {
			rate(manager, running, managerRates.get(0), 1.0);
		}
		if (managerRates.size() > 1) {
			rate(manager, running, managerRates.get(1), 0.5);
		}
		List<UUID> secondRates = new ArrayList<>(this.centres.get(second, running).toRate());
		secondRates.sort(Comparator.naturalOrder());
		if (!secondRates.isEmpty()) {
			rate(second, running, secondRates.get(0), 1.0);
		}

		// held two days ago and still being rated: late, as the morning's round finds it
		int late = this.reminders.remindLate(today);

		// three weeks ahead, being set up
		UUID upcoming = this.centres.create(lead, new NewCentre("Graduate assessment centre", today.plusWeeks(3),
				"A first look at this year's graduates: strengths to build on and what to develop first."));
		this.centres.addExercise(lead, upcoming, new NewExercise("Case study: the delayed launch", ExerciseKind.CASE_STUDY,
				"Analyse a product launch that slipped twice and recommend what to do next."));
		this.centres.addExercise(lead, upcoming,
				new NewExercise("Group discussion", ExerciseKind.GROUP_DISCUSSION, "Agree on a budget split in 40 minutes."));
		this.centres.addCompetency(lead, upcoming, competencies.get(3));
		log.info("Demo assessment centres: one washed up with released reports, one being rated ({} assessors reminded"
				+ " of late sheets), one being set up", late);
	}

	/** A centre with four exercises, the competencies, a matrix, its participants and assessors. */
	private UUID setUp(Actor lead, String title, LocalDate on, String purpose, List<UUID> competencies,
			List<UUID> participants, List<Actor> assessors) {
		UUID id = this.centres.create(lead, new NewCentre(title, on, purpose));
		List<UUID> exercises = List.of(
				this.centres.addExercise(lead, id, new NewExercise("In-tray: the Monday inbox", ExerciseKind.IN_TRAY,
						"Thirty mails, memos and requests in ninety minutes: prioritise, decide, delegate.")),
				this.centres.addExercise(lead, id, new NewExercise("Role play: the unhappy client", ExerciseKind.ROLE_PLAY,
						"A key client escalates a late delivery; keep the relationship and agree on next steps.")),
				this.centres.addExercise(lead, id, new NewExercise("Group discussion: the budget cut",
						ExerciseKind.GROUP_DISCUSSION, "Six participants agree on where a 15 % budget cut falls.")),
				this.centres.addExercise(lead, id, new NewExercise("Presentation: a strategy in ten minutes",
						ExerciseKind.PRESENTATION, "Present a strategy for a new market to the board, then take questions.")));
		competencies.forEach((c) -> this.centres.addCompetency(lead, id, c));
		for (int e = 0; e < exercises.size(); e++) {
			for (int c = 0; c < competencies.size(); c++) {
				// each exercise observes two or three competencies; every competency is observed at least twice
				if ((e + c) % 2 == 0 || c == e) {
					this.centres.observe(lead, id, exercises.get(e), competencies.get(c), true);
				}
			}
		}
		assessors.forEach((a) -> this.centres.addAssessor(lead, id, a.personId()));
		participants.forEach((p) -> this.centres.addParticipant(lead, id, PersonId.of(p)));
		return id;
	}

	/** The assessor rates the participant in a share of the cells of their sheet. */
	private void rate(Actor assessor, UUID centre, UUID participant, double share) {
		RatingSheet sheet = this.centres.sheet(assessor, centre, participant);
		List<RatingEntry> entries = new ArrayList<>();
		int all = sheet.exercises().stream().mapToInt((e) -> e.cells().size()).sum();
		int wanted = (int) Math.ceil(all * share);
		for (RatingSheet.Exercise exercise : sheet.exercises()) {
			for (RatingSheet.Cell cell : exercise.cells()) {
				if (entries.size() >= wanted) {
					break;
				}
				int rating = 2 + Math.floorMod((participant.hashCode() + cell.competency().id().hashCode()
						+ exercise.id().hashCode() + assessor.personId().value().hashCode()), 4);
				entries.add(new RatingEntry(exercise.id(), cell.competency().id(), rating,
						evidence(cell.competency().name(), rating, exercise.name())));
			}
		}
		this.centres.saveRatings(assessor, centre, participant, entries);
	}

	private static String evidence(String competency, int rating, String exercise) {
		String seen = switch (rating) {
			case 2 -> "showed %s only when prompted";
			case 3 -> "showed %s steadily, with a few gaps";
			case 4 -> "showed %s clearly and on their own initiative";
			default -> "showed %s throughout and lifted the others with it";
		};
		return "In \"" + exercise + "\": " + seen.formatted(competency.toLowerCase(java.util.Locale.ROOT)) + ".";
	}

	/** The lead records the consensus (the rounded mean), with a rationale and suggestions, and finalises. */
	private void washUp(Actor lead, UUID centre, UUID participant) {
		WashUpView view = this.centres.washUp(lead, centre, participant);
		List<ConsensusEntry> consensus = view.rows().stream().map((row) -> {
			int level = (row.mean() != null) ? (int) Math.round(row.mean()) : 3;
			String rationale = (row.spread() != null && row.spread() >= 2)
					? "The assessors differed; the evidence of the later exercises weighed more."
					: "The assessors agreed across the exercises.";
			return new ConsensusEntry(row.competency().id(), level, rationale);
		}).toList();
		this.centres.recordWashUp(lead, centre, participant, new WashUpRecord(consensus,
				"Lead a cross-team project for six months with a sponsor from the board; ask for feedback on stakeholder work after each steering meeting."),
				view.version(), true);
	}

	private static Actor actor(PersonSummary person) {
		return new Actor(null, person.fullName(), PersonId.of(person.id()), person.fullName(), Set.of(Role.MANAGER));
	}

}
