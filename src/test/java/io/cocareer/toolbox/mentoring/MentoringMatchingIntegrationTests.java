package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.toolbox.assignment.Assignment;
import io.cocareer.toolbox.assignment.InfeasiblePins;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The matching through the service on small cohorts whose optimum is known: capacities respected,
 * the unique optimum chosen, load spread, a pin kept, a forbidden pair left out, the own manager
 * never a mentor, pins that cannot hold named, unmatched mentees with their reason.
 */
@IntegrationTest
class MentoringMatchingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	MentoringService mentoring;

	private MentoringPeople staff() {
		return new MentoringPeople(this.port, this.people, this.accounts);
	}

	private UUID cohort(MentoringPeople.Member lead) {
		return this.mentoring.create(lead.actor(), new NewCohort("Test cohort", null, LocalDate.now().plusDays(10),
				LocalDate.now().plusDays(100)));
	}

	private UUID mentor(MentoringPeople.Member lead, UUID cohort, MentoringPeople.Member who, int capacity, String topics) {
		this.mentoring.enrolMentor(lead.actor(), cohort,
				new MentorEnrolmentRequest(io.cocareer.shared.PersonId.of(who.personId()), capacity, topics, null));
		return this.mentoring.get(lead.actor(), cohort)
			.mentors()
			.stream()
			.filter((m) -> m.personId().equals(who.personId()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private UUID mentee(MentoringPeople.Member lead, UUID cohort, MentoringPeople.Member who, String goals) {
		this.mentoring.enrolMentee(lead.actor(), cohort, new MenteeEnrolmentRequest(
				io.cocareer.shared.PersonId.of(who.personId()), goals, null, false, PreviousMentor.NEUTRAL));
		return this.mentoring.get(lead.actor(), cohort)
			.mentees()
			.stream()
			.filter((m) -> m.personId().equals(who.personId()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** Mentee name → mentor name of the cohort's pairs. */
	private Map<String, String> pairs(MentoringPeople.Member lead, UUID cohort) {
		return this.mentoring.get(lead.actor(), cohort)
			.pairs()
			.stream()
			.collect(Collectors.toMap(MentoringPairSummary::menteeName, MentoringPairSummary::mentorName));
	}

	@Test
	void theUniqueOptimumIsChosenWithCapacitiesRespectedAndEachPairsReasons() {
		MentoringPeople staff = staff();
		MentoringPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		MentoringPeople.Member a = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member b = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member c = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member m1 = staff.hire(null, Role.TALENT);
		MentoringPeople.Member m2 = staff.hire(null, Role.TALENT);
		MentoringPeople.Member m3 = staff.hire(null, Role.TALENT);
		UUID cohort = cohort(lead);
		mentor(lead, cohort, a, 2, "alpha, beta");
		mentor(lead, cohort, b, 1, "alpha");
		mentor(lead, cohort, c, 1, "gamma");
		mentee(lead, cohort, m1, "alpha, beta");
		mentee(lead, cohort, m2, "alpha");
		mentee(lead, cohort, m3, "gamma");

		Assignment assignment = this.mentoring.runMatching(lead.actor(), cohort);

		// same unit, same hire day: topic fit alone, 0.45 each for the three perfect pairs
		assertThat(assignment.totalScore()).isEqualTo(1350);
		assertThat(pairs(lead, cohort)).containsExactlyInAnyOrderEntriesOf(
				Map.of(m1.name(), a.name(), m2.name(), b.name(), m3.name(), c.name()));
		MentoringCohortView view = this.mentoring.get(lead.actor(), cohort);
		assertThat(view.status()).isEqualTo(CohortStatus.MATCHED);
		assertThat(view.runSettings()).contains("topicFit=0.45", "loadStep=150");
		assertThat(view.pairs()).allSatisfy((p) -> {
			assertThat(p.score()).isEqualTo(450);
			assertThat(p.reasons()).extracting(MentoringReasonView::factor).containsExactly("TOPICS");
		});
		assertThat(view.pairs().stream().filter((p) -> p.menteeName().equals(m1.name())).findFirst().orElseThrow()
			.reasons().get(0).detail()).isEqualTo("alpha, beta");
		assertThat(view.mentors()).allSatisfy((m) -> assertThat(m.assigned()).isLessThanOrEqualTo(m.capacity()));
		assertThat(view.unmatched()).isEmpty();
	}

	@Test
	void aMenteeBeyondTheCapacitiesIsUnmatchedAndTheOwnManagerIsNeverAMentor() {
		MentoringPeople staff = staff();
		MentoringPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		MentoringPeople.Member boss = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member other = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member report = staff.hire(boss.personId(), Role.TALENT);
		MentoringPeople.Member t1 = staff.hire(null, Role.TALENT);
		MentoringPeople.Member t2 = staff.hire(null, Role.TALENT);
		UUID cohort = cohort(lead);
		mentor(lead, cohort, boss, 1, "alpha");
		mentor(lead, cohort, other, 1, "zeta");
		mentee(lead, cohort, report, "alpha");
		mentee(lead, cohort, t1, "alpha");
		mentee(lead, cohort, t2, "alpha");

		Assignment assignment = this.mentoring.runMatching(lead.actor(), cohort);

		assertThat(assignment.pairs()).hasSize(2);
		Map<String, String> pairs = pairs(lead, cohort);
		assertThat(pairs.get(report.name())).as("never their own manager").isNotEqualTo(boss.name());
		MentoringCohortView view = this.mentoring.get(lead.actor(), cohort);
		assertThat(view.mentors()).allSatisfy((m) -> assertThat(m.assigned()).isEqualTo(1));
		assertThat(view.unmatched()).singleElement()
			.satisfies((m) -> assertThat(m.unmatchedReason()).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED));
	}

	@Test
	void loadIsSpreadWhenASecondMenteeOnAMentorIsNotBetterByMoreThanTheStep() {
		MentoringPeople staff = staff();
		MentoringPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		MentoringPeople.Member a = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member b = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member m1 = staff.hire(null, Role.TALENT);
		MentoringPeople.Member m2 = staff.hire(null, Role.TALENT);
		UUID cohort = cohort(lead);
		mentor(lead, cohort, a, 2, "a, b, c, d");
		mentor(lead, cohort, b, 2, "a, b, c, d, e");
		mentee(lead, cohort, m1, "a, b, c, d");
		mentee(lead, cohort, m2, "a, b, c, d");

		Assignment assignment = this.mentoring.runMatching(lead.actor(), cohort);

		// both on A: 450 + 450 − 150 = 750; one each: 450 + 360 = 810
		assertThat(assignment.objective()).isEqualTo(810);
		assertThat(pairs(lead, cohort).values()).containsExactlyInAnyOrder(a.name(), b.name());
	}

	@Test
	void aPinIsKeptAForbiddenPairIsLeftOutAndTheLeadReRuns() {
		MentoringPeople staff = staff();
		MentoringPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		MentoringPeople.Member a = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member b = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member m1 = staff.hire(null, Role.TALENT);
		MentoringPeople.Member m2 = staff.hire(null, Role.TALENT);
		UUID cohort = cohort(lead);
		UUID mentorA = mentor(lead, cohort, a, 1, "alpha");
		UUID mentorB = mentor(lead, cohort, b, 1, "beta");
		UUID mentee1 = mentee(lead, cohort, m1, "alpha");
		UUID mentee2 = mentee(lead, cohort, m2, "beta");
		this.mentoring.runMatching(lead.actor(), cohort);
		assertThat(pairs(lead, cohort)).containsEntry(m1.name(), a.name()).containsEntry(m2.name(), b.name());

		// the lead pins m1 with B, against the scores, and runs it again: m2 goes to A
		this.mentoring.setRule(lead.actor(), cohort, mentee1, mentorB, RuleKind.PIN);
		this.mentoring.runMatching(lead.actor(), cohort);
		assertThat(pairs(lead, cohort)).containsEntry(m1.name(), b.name()).containsEntry(m2.name(), a.name());
		assertThat(this.mentoring.get(lead.actor(), cohort).pairs())
			.filteredOn(MentoringPairSummary::pinned)
			.singleElement()
			.satisfies((p) -> assertThat(p.menteeName()).isEqualTo(m1.name()));

		// now forbids m2 with A: m2 has no allowed mentor left with room
		this.mentoring.setRule(lead.actor(), cohort, mentee2, mentorA, RuleKind.FORBID);
		this.mentoring.runMatching(lead.actor(), cohort);
		assertThat(pairs(lead, cohort)).containsOnlyKeys(m1.name());
		assertThat(this.mentoring.get(lead.actor(), cohort).unmatched()).singleElement()
			.satisfies((m) -> assertThat(m.unmatchedReason()).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED));
		assertThat(this.mentoring.get(lead.actor(), cohort).rules()).hasSize(2);
	}

	@Test
	void pinsThatCannotHoldAreRefusedNamingThePeopleAndNothingChanges() {
		MentoringPeople staff = staff();
		MentoringPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		MentoringPeople.Member boss = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member report = staff.hire(boss.personId(), Role.TALENT);
		MentoringPeople.Member t1 = staff.hire(null, Role.TALENT);
		MentoringPeople.Member t2 = staff.hire(null, Role.TALENT);
		UUID cohort = cohort(lead);
		UUID bossMentor = mentor(lead, cohort, boss, 1, "alpha");
		UUID reportMentee = mentee(lead, cohort, report, "alpha");
		UUID mentee1 = mentee(lead, cohort, t1, "alpha");
		UUID mentee2 = mentee(lead, cohort, t2, "alpha");

		assertThatThrownBy(() -> this.mentoring.setRule(lead.actor(), cohort, reportMentee, bossMentor, RuleKind.PIN))
			.isInstanceOfSatisfying(MentoringPinsInfeasible.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("toolbox.mentoring.rule.pinsInfeasible");
				assertThat(ex.conflicts()).singleElement().satisfies((c) -> {
					assertThat(c.kind()).isEqualTo(InfeasiblePins.Kind.PAIR_NOT_ALLOWED);
					assertThat(c.menteeName()).isEqualTo(report.name());
					assertThat(c.mentorName()).isEqualTo(boss.name());
				});
				assertThat(ex.getMessage()).contains(report.name(), boss.name());
			});
		assertThat(this.mentoring.get(lead.actor(), cohort).rules()).as("the refused pin is not kept").isEmpty();

		this.mentoring.setRule(lead.actor(), cohort, mentee1, bossMentor, RuleKind.PIN);
		assertThatThrownBy(() -> this.mentoring.setRule(lead.actor(), cohort, mentee2, bossMentor, RuleKind.PIN))
			.isInstanceOfSatisfying(MentoringPinsInfeasible.class, (ex) -> assertThat(ex.conflicts()).singleElement()
				.satisfies((c) -> {
					assertThat(c.kind()).isEqualTo(InfeasiblePins.Kind.PLACE_OVER_CAPACITY);
					assertThat(c.mentorName()).isEqualTo(boss.name());
					assertThat(c.pins()).isEqualTo(2);
					assertThat(c.capacity()).isEqualTo(1);
				}));
		assertThat(this.mentoring.get(lead.actor(), cohort).rules()).hasSize(1);
		// a mentor with two pins cannot take fewer than two mentees
		MentoringPeople.Member big = staff.hire(null, Role.MANAGER);
		UUID bigMentor = mentor(lead, cohort, big, 2, "alpha");
		this.mentoring.removeRule(lead.actor(), cohort, this.mentoring.get(lead.actor(), cohort).rules().get(0).id());
		this.mentoring.setRule(lead.actor(), cohort, mentee1, bigMentor, RuleKind.PIN);
		this.mentoring.setRule(lead.actor(), cohort, mentee2, bigMentor, RuleKind.PIN);
		long version = this.mentoring.get(lead.actor(), cohort)
			.mentors()
			.stream()
			.filter((m) -> m.id().equals(bigMentor))
			.findFirst()
			.orElseThrow()
			.version();
		assertThatThrownBy(() -> this.mentoring.changeMentor(lead.actor(), cohort, bigMentor,
				new MentorEnrolmentRequest(null, 1, "alpha", null), version))
			.isInstanceOfSatisfying(io.cocareer.shared.InvalidInput.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("capacity");
				assertThat(ex.code()).isEqualTo("toolbox.mentoring.capacity.belowPins");
			});
	}

}
