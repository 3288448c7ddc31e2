package io.cocareer.toolbox.mentoring.demo;

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

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.mentoring.AgreementTerms;
import io.cocareer.toolbox.mentoring.MenteeEnrolmentRequest;
import io.cocareer.toolbox.mentoring.MentorEnrolmentRequest;
import io.cocareer.toolbox.mentoring.MentoringPairService;
import io.cocareer.toolbox.mentoring.MentoringPairSummary;
import io.cocareer.toolbox.mentoring.MentoringService;
import io.cocareer.toolbox.mentoring.NewCohort;
import io.cocareer.toolbox.mentoring.NewFeedback;
import io.cocareer.toolbox.mentoring.NewMeeting;
import io.cocareer.toolbox.mentoring.PreviousMentor;
import io.cocareer.toolbox.mentoring.RuleKind;
import io.cocareer.toolbox.mentoring.internal.MentoringBackdating;

import org.springframework.stereotype.Component;

/**
 * The demo's mentoring programmes, dated relative to today, written through the services as the
 * talent lead and as the people of each pair: an ended cohort with feedback (enough answers for
 * the averages), a running cohort of 12 mentees and 6 mentors (the demo talent a mentee, the demo
 * manager a mentor to someone else) with agreements and a few meetings, and a cohort still
 * enrolling that the lead can match, pin and re-run right away.
 */
@Component
class MentoringDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(MentoringDemoSeeder.class);

	private static final String[][] MENTOR_TOPICS = { { "leadership", "stakeholder management", "public speaking" },
			{ "data engineering", "architecture", "career planning" }, { "product management", "leadership", "negotiation" },
			{ "public speaking", "writing", "career planning" }, { "architecture", "cloud", "data engineering" },
			{ "negotiation", "sales", "stakeholder management" }, { "people management", "feedback", "leadership" },
			{ "finance", "business cases", "negotiation" } };

	private static final String[][] MENTEE_GOALS = { { "leadership", "public speaking" }, { "data engineering", "cloud" },
			{ "stakeholder management", "negotiation" }, { "career planning", "writing" }, { "architecture" },
			{ "product management", "business cases" }, { "people management", "feedback" }, { "leadership", "sales" },
			{ "public speaking", "career planning" }, { "finance", "negotiation" }, { "cloud", "architecture" },
			{ "writing", "leadership" } };

	private final MentoringService mentoring;

	private final MentoringPairService pairs;

	private final MentoringBackdating history;

	private final PeopleDirectory people;

	private final TalentPool pool;

	private final Clock clock;

	MentoringDemoSeeder(MentoringService mentoring, MentoringPairService pairs, MentoringBackdating history,
			PeopleDirectory people, TalentPool pool, Clock clock) {
		this.mentoring = mentoring;
		this.pairs = pairs;
		this.history = history;
		this.people = people;
		this.pool = pool;
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
		UUID tara = demo.talent().personId().value();
		UUID marco = demo.manager().personId().value();
		UUID hannah = lead.personId().value();
		Set<UUID> talentIds = new HashSet<>();
		this.pool.activeTalentIds().forEach((id) -> talentIds.add(id.value()));
		List<PersonSummary> everyone = new ArrayList<>(this.people.search(null, null, new Paging(0, Paging.MAX_SIZE))
			.items()
			.stream()
			.filter((p) -> p.status() != PersonStatus.LEFT)
			.sorted(Comparator.comparing(PersonSummary::employeeId))
			.toList());
		List<UUID> talents = new ArrayList<>(everyone.stream()
			.map(PersonSummary::id)
			.filter((id) -> talentIds.contains(id) && !id.equals(tara))
			.toList());
		List<UUID> staff = new ArrayList<>(everyone.stream()
			.map(PersonSummary::id)
			.filter((id) -> !talentIds.contains(id) && !id.equals(tara) && !id.equals(marco) && !id.equals(hannah))
			.toList());
		if (talents.size() < 14 || staff.size() < 10) {
			log.info("Demo mentoring skipped: {} talents and {} other staff are too few", talents.size(), staff.size());
			return;
		}
		// spread the mentors over the organisation rather than the first unit
		List<UUID> mentors = new ArrayList<>();
		for (int i = 0; mentors.size() < 9 && i < staff.size(); i += Math.max(1, staff.size() / 9)) {
			mentors.add(staff.get(i));
		}

		// ended three months ago, with feedback from both sides
		UUID ended = this.mentoring.create(lead, new NewCohort("Mentoring cohort, first round",
				"Pair talents with experienced colleagues for six months, across units.", today.minusDays(180), today));
		enrolMentor(lead, ended, marco, 2, 6);
		for (int i = 0; i < 3; i++) {
			enrolMentor(lead, ended, mentors.get(i), 2, i);
		}
		enrolMentee(lead, ended, tara, 0, PreviousMentor.NEUTRAL, false);
		for (int i = 0; i < 6; i++) {
			enrolMentee(lead, ended, talents.get(i), i + 1, PreviousMentor.NEUTRAL, i % 2 == 0);
		}
		this.mentoring.runMatching(lead, ended);
		this.mentoring.publish(lead, ended, this.mentoring.get(lead, ended).version());
		List<MentoringPairSummary> endedPairs = this.mentoring.get(lead, ended).pairs();
		for (MentoringPairSummary pair : endedPairs) {
			agree(pair, "Grow in " + pair.reasons().size() + " areas the mentee named", "Every three weeks, one hour");
			meet(pair, today.minusDays(100), "First conversation: goals and expectations", null);
		}
		this.mentoring.end(lead, ended);
		int[] ratings = { 5, 4, 4, 5, 3, 4, 5, 4, 4, 5, 3, 4, 5, 4 };
		String[] comments = { "Very helpful to see another unit from inside.", "We should have met more often.",
				"Practical advice on presenting to the board.", "Good structure thanks to the agreement.", null,
				"Would do it again.", null };
		int answer = 0;
		for (MentoringPairSummary pair : endedPairs) {
			this.pairs.giveFeedback(actor(pair.menteePersonId(), pair.menteeName(), tara, demo),
					pair.id(), new NewFeedback(ratings[answer % ratings.length], comments[answer % comments.length]));
			answer++;
			this.pairs.giveFeedback(actor(pair.mentorPersonId(), pair.mentorName(), tara, demo),
					pair.id(), new NewFeedback(ratings[answer % ratings.length], comments[answer % comments.length]));
			answer++;
		}
		this.history.backdate(ended, 90);

		// running for two months: 12 mentees, 6 mentors, agreements and meetings
		UUID running = this.mentoring.create(lead, new NewCohort("Mentoring cohort, spring",
				"Every talent with a mentor from another unit for six months; topics from their development goals.",
				today.minusDays(60), today.plusDays(120)));
		enrolMentor(lead, running, marco, 2, 6);
		for (int i = 3; i < 8; i++) {
			enrolMentor(lead, running, mentors.get(i), 2 + (i % 2), i);
		}
		enrolMentee(lead, running, tara, 0, PreviousMentor.AVOID, true);
		for (int i = 0; i < 11; i++) {
			enrolMentee(lead, running, talents.get(i), i + 1, (i == 2) ? PreviousMentor.PREFER : PreviousMentor.NEUTRAL,
					i % 3 == 0);
		}
		// the lead pinned the demo manager with a mentee outside his team before running the matching
		var draft = this.mentoring.get(lead, running);
		var marcoAsMentor = draft.mentors().stream().filter((m) -> m.personId().equals(marco)).findFirst().orElseThrow();
		draft.mentees()
			.stream()
			.filter((m) -> !m.personId().equals(tara) && this.people.find(PersonId.of(m.personId()))
				.map((p) -> !marco.equals(p.managerId()))
				.orElse(false))
			.findFirst()
			.ifPresent((m) -> this.mentoring.setRule(lead, running, m.id(), marcoAsMentor.id(), RuleKind.PIN));
		this.mentoring.runMatching(lead, running);
		this.mentoring.publish(lead, running, this.mentoring.get(lead, running).version());
		int n = 0;
		for (MentoringPairSummary pair : this.mentoring.get(lead, running).pairs()) {
			boolean demoPair = pair.menteePersonId().equals(tara) || pair.mentorPersonId().equals(marco);
			if (!demoPair && n++ % 3 == 2) {
				continue; // a few pairs have not written their agreement yet
			}
			agree(pair, "Prepare the mentee for a first lead role: stakeholder maps, a talk at the all-hands.",
					"Every two weeks, 45 minutes, alternating offices");
			Actor mentor = actor(pair.mentorPersonId(), pair.mentorName(), tara, demo);
			Actor mentee = actor(pair.menteePersonId(), pair.menteeName(), tara, demo);
			long version = this.pairs.get(mentor, pair.id()).version();
			this.pairs.accept(mentor, pair.id(), version);
			if (demoPair || n % 2 == 0) {
				this.pairs.accept(mentee, pair.id(), this.pairs.get(mentee, pair.id()).version());
			}
			meet(pair, today.minusDays(45), "Goals for the six months; the agreement", null);
			meet(pair, today.minusDays(30), "Stakeholder map of the current project",
					"Nervous about the steering committee; practise the pitch next time.");
			if (demoPair) {
				meet(pair, today.minusDays(10), "Dry run of the all-hands talk", "Went well; slow down in the middle part.");
			}
		}

		// enrolling now: the lead can run the matching, pin, forbid and run it again
		UUID enrolling = this.mentoring.create(lead, new NewCohort("Mentoring cohort, autumn",
				"Mentors for the talents who joined this year, with a focus on leading without authority.",
				today.plusDays(30), today.plusDays(210)));
		enrolMentor(lead, enrolling, marco, 1, 6);
		for (int i = 4; i < 9; i++) {
			enrolMentor(lead, enrolling, mentors.get(i), 1 + (i % 3), i);
		}
		for (int i = 3; i < 14; i++) {
			enrolMentee(lead, enrolling, talents.get(i), i, (i == 4) ? PreviousMentor.PREFER : PreviousMentor.NEUTRAL,
					i % 2 == 1);
		}
		log.info("Demo mentoring: an ended cohort with {} pairs, a running one, one enrolling", endedPairs.size());
	}

	private void enrolMentor(Actor lead, UUID cohort, UUID person, int capacity, int topics) {
		this.mentoring.enrolMentor(lead, cohort, new MentorEnrolmentRequest(PersonId.of(person), capacity,
				String.join(", ", MENTOR_TOPICS[topics % MENTOR_TOPICS.length]), "Tuesday or Thursday afternoons"));
	}

	private void enrolMentee(Actor lead, UUID cohort, UUID person, int goals, PreviousMentor previous,
			boolean otherUnit) {
		this.mentoring.enrolMentee(lead, cohort, new MenteeEnrolmentRequest(PersonId.of(person),
				String.join(", ", MENTEE_GOALS[goals % MENTEE_GOALS.length]), null, otherUnit, previous));
	}

	private void agree(MentoringPairSummary pair, String goals, String rhythm) {
		Actor mentor = new Actor(null, "demo", PersonId.of(pair.mentorPersonId()), pair.mentorName(), Set.of(Role.MANAGER));
		this.pairs.agree(mentor, pair.id(), new AgreementTerms(goals, rhythm,
				"What we say about people and projects stays between us; the talent lead sees only that we meet."),
				this.pairs.get(mentor, pair.id()).version());
	}

	private void meet(MentoringPairSummary pair, LocalDate on, String topics, String note) {
		Actor mentee = new Actor(null, "demo", PersonId.of(pair.menteePersonId()), pair.menteeName(), Set.of(Role.TALENT));
		this.pairs.logMeeting(mentee, pair.id(), new NewMeeting(on, topics, note));
	}

	/** The demo user when the person is one, else the person acting through the services. */
	private static Actor actor(UUID personId, String name, UUID tara, DemoOrganisation demo) {
		if (personId.equals(tara)) {
			return demo.talent();
		}
		if (personId.equals(demo.manager().personId().value())) {
			return demo.manager();
		}
		return new Actor(null, "demo", PersonId.of(personId), name, Set.of(Role.TALENT));
	}

}
