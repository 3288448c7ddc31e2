package io.cocareer.toolbox.mentoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.toolbox.mentoring.MentoringWeights;
import io.cocareer.toolbox.mentoring.PreviousMentor;
import io.cocareer.toolbox.mentoring.Reason;
import io.cocareer.toolbox.mentoring.internal.PairScoring.Forbidden;
import io.cocareer.toolbox.mentoring.internal.PairScoring.MenteeFacts;
import io.cocareer.toolbox.mentoring.internal.PairScoring.MentorFacts;
import io.cocareer.toolbox.mentoring.internal.PairScoring.Score;

import static org.assertj.core.api.Assertions.assertThat;

/** The pair score of mentoring: each factor, the hard filters, the cap, the topics as typed. */
class PairScoringTests {

	private static final MentoringWeights WEIGHTS = MentoringWeights.defaults();

	private static final UUID UNIT_A = UUID.randomUUID();

	private static final UUID UNIT_B = UUID.randomUUID();

	private static final LocalDate HIRED = LocalDate.of(2020, 1, 1);

	private final UUID mentee = UUID.randomUUID();

	private final UUID mentor = UUID.randomUUID();

	private MenteeFacts mentee(Set<String> goals) {
		return new MenteeFacts(this.mentee, UNIT_A, null, HIRED, goals, null, false, PreviousMentor.NEUTRAL, Set.of());
	}

	private MentorFacts mentor(UUID unit, LocalDate hired, Set<String> topics) {
		return new MentorFacts(this.mentor, unit, null, hired, topics);
	}

	@Test
	void topicFitIsTheJaccardOfGoalsAndTopicsWithoutCase() {
		assertThat(PairScoring.jaccard(Set.of("Leadership", "data"), Set.of("leadership", "Cloud", "DATA"))).isEqualTo(2 / 3.0);
		assertThat(PairScoring.jaccard(Set.of(), Set.of())).isZero();
		Score score = PairScoring.score(mentee(Set.of("a", "b")), mentor(UNIT_A, HIRED, Set.of("a", "b", "c", "d")), WEIGHTS);
		// 0.45 × 2/4 = 0.225, nothing else: same unit, same hire day
		assertThat(score.points()).isEqualTo(225);
		assertThat(score.reasons()).containsExactly(new Reason("TOPICS", 225));
	}

	@Test
	void aMentorInAnotherUnitWithLongerExperienceScoresMore() {
		Score score = PairScoring.score(mentee(Set.of("a")), mentor(UNIT_B, HIRED.minusYears(10), Set.of("a")), WEIGHTS);
		// 0.45 topics + 0.15 other unit + 0.15 experience (10 years ≥ 5: full)
		assertThat(score.reasons()).containsExactly(new Reason("TOPICS", 450), new Reason("OTHER_UNIT", 150),
				new Reason("EXPERIENCE", 150));
		assertThat(score.points()).isEqualTo(750);
		Score shorter = PairScoring.score(mentee(Set.of("a")), mentor(UNIT_A, HIRED.minusYears(2).minusDays(1), Set.of("a")),
				WEIGHTS);
		assertThat(shorter.reasons()).contains(new Reason("EXPERIENCE", 60));
		Score junior = PairScoring.score(mentee(Set.of("a")), mentor(UNIT_A, HIRED.plusYears(3), Set.of("a")), WEIGHTS);
		assertThat(junior.reasons()).extracting(Reason::factor).doesNotContain("EXPERIENCE");
	}

	@Test
	void theMenteesStatedPreferencesAddToTheScore() {
		MenteeFacts asking = new MenteeFacts(this.mentee, UNIT_A, null, HIRED, Set.of("a"), this.mentor, true,
				PreviousMentor.PREFER, Set.of(this.mentor));
		Score score = PairScoring.score(asking, mentor(UNIT_B, HIRED, Set.of("z")), WEIGHTS);
		assertThat(score.reasons()).containsExactly(new Reason("OTHER_UNIT", 150), new Reason("PREFERRED", 200),
				new Reason("OUTSIDE_UNIT_ASKED", 100), new Reason("PREVIOUS_MENTOR", 100));
		assertThat(score.points()).isEqualTo(550);
	}

	@Test
	void theScoreIsCappedAtOneAndSaysSo() {
		MenteeFacts asking = new MenteeFacts(this.mentee, UNIT_A, null, HIRED, Set.of("a"), this.mentor, true,
				PreviousMentor.PREFER, Set.of(this.mentor));
		Score score = PairScoring.score(asking, mentor(UNIT_B, HIRED.minusYears(20), Set.of("a")), WEIGHTS);
		// 450 + 150 + 150 + 200 + 100 + 100 = 1150, capped at 1000
		assertThat(score.points()).isEqualTo(1000);
		assertThat(score.reasons()).last().isEqualTo(new Reason("CAPPED", -150));
	}

	@Test
	void ownManagerOwnReportTheSamePersonAndAnAvoidedPreviousMentorAreForbidden() {
		MenteeFacts managed = new MenteeFacts(this.mentee, UNIT_A, this.mentor, HIRED, Set.of("a"), null, false,
				PreviousMentor.NEUTRAL, Set.of());
		assertThat(PairScoring.score(managed, mentor(UNIT_A, HIRED, Set.of("a")), WEIGHTS).forbidden())
			.isEqualTo(Forbidden.OWN_MANAGER);
		MentorFacts report = new MentorFacts(this.mentor, UNIT_A, this.mentee, HIRED, Set.of("a"));
		assertThat(PairScoring.score(mentee(Set.of("a")), report, WEIGHTS).forbidden()).isEqualTo(Forbidden.OWN_REPORT);
		MentorFacts self = new MentorFacts(this.mentee, UNIT_A, null, HIRED, Set.of("a"));
		assertThat(PairScoring.score(mentee(Set.of("a")), self, WEIGHTS).forbidden()).isEqualTo(Forbidden.SAME_PERSON);
		MenteeFacts avoiding = new MenteeFacts(this.mentee, UNIT_A, null, HIRED, Set.of("a"), null, false,
				PreviousMentor.AVOID, Set.of(this.mentor));
		Score avoided = PairScoring.score(avoiding, mentor(UNIT_A, HIRED, Set.of("a")), WEIGHTS);
		assertThat(avoided.allowed()).isFalse();
		assertThat(avoided.forbidden()).isEqualTo(Forbidden.AVOIDED_PREVIOUS_MENTOR);
		MenteeFacts neutral = new MenteeFacts(this.mentee, UNIT_A, null, HIRED, Set.of("a"), null, false,
				PreviousMentor.NEUTRAL, Set.of(this.mentor));
		assertThat(PairScoring.score(neutral, mentor(UNIT_A, HIRED, Set.of("a")), WEIGHTS).allowed()).isTrue();
	}

	@Test
	void topicsAreReadAsTypedWithoutDuplicatesAndReasonsRoundTrip() {
		assertThat(PairScoring.topics(" Leadership,  data   engineering;leadership\nCloud ,, "))
			.containsExactly("Leadership", "data engineering", "Cloud");
		assertThat(PairScoring.shared(PairScoring.topics("Leadership, cloud"), Set.of("CLOUD"))).containsExactly("cloud");
		List<Reason> reasons = List.of(new Reason("TOPICS", 225), new Reason("CAPPED", -50));
		assertThat(Reason.decode(Reason.encode(reasons))).isEqualTo(reasons);
		assertThat(Reason.decode(null)).isEmpty();
	}

	@Test
	void theWeightsAreCheckedAndDescribedInOneLine() {
		assertThat(WEIGHTS.describe()).contains("topicFit=0.45", "loadStep=150/1000");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MentoringWeights(1.5, 0, 0, 5, 0, 0, 0, 150, 5))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new MentoringWeights(0.4, 0.1, 0.1, 5, 0.1, 0.1, 0.1, 100, 2).minAnswers()).isEqualTo(5);
	}

}
