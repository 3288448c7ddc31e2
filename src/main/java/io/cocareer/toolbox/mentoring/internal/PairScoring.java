package io.cocareer.toolbox.mentoring.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.toolbox.mentoring.MentoringWeights;
import io.cocareer.toolbox.mentoring.PreviousMentor;
import io.cocareer.toolbox.mentoring.Reason;

/**
 * The score of a (mentee, mentor) pair in [0, 1], scaled by 1000 for the solver, with its reasons
 * in words (see {@link MentoringWeights} for the factors and their weights), or why the pair is
 * not allowed at all (a hard filter: the same person, the mentee's own manager, the mentee's own
 * direct report, a previous mentor the mentee asked to avoid). Pure: the same facts give the same
 * score.
 */
public final class PairScoring {

	public static final int MAX_TOPICS = 10;

	public static final int MAX_TOPIC_LENGTH = 60;

	private PairScoring() {
	}

	/** What the score needs of a mentee. */
	public record MenteeFacts(UUID personId, @Nullable UUID unitId, @Nullable UUID managerId,
			@Nullable LocalDate hiredOn, Set<String> goals, @Nullable UUID preferredMentor, boolean preferOtherUnit,
			PreviousMentor previousMentor, Set<UUID> previousMentors) {

	}

	/** What the score needs of a mentor. */
	public record MentorFacts(UUID personId, @Nullable UUID unitId, @Nullable UUID managerId,
			@Nullable LocalDate hiredOn, Set<String> topics) {

	}

	/** Why a pair is not allowed. */
	public enum Forbidden {

		SAME_PERSON, OWN_MANAGER, OWN_REPORT, AVOIDED_PREVIOUS_MENTOR

	}

	/**
	 * A pair's score.
	 * @param points the score of 1000 (0 to 1000)
	 * @param reasons what gave it, factor by factor (the factors that gave nothing left out)
	 * @param forbidden why the pair is not allowed, or {@code null} when it is
	 */
	public record Score(int points, List<Reason> reasons, @Nullable Forbidden forbidden) {

		public boolean allowed() {
			return this.forbidden == null;
		}

	}

	public static Score score(MenteeFacts mentee, MentorFacts mentor, MentoringWeights weights) {
		Forbidden forbidden = forbidden(mentee, mentor);
		if (forbidden != null) {
			return new Score(0, List.of(), forbidden);
		}
		List<Reason> reasons = new ArrayList<>();
		add(reasons, "TOPICS", weights.topicFit() * jaccard(mentee.goals(), mentor.topics()));
		boolean otherUnit = mentee.unitId() != null && mentor.unitId() != null
				&& !mentee.unitId().equals(mentor.unitId());
		if (otherUnit) {
			add(reasons, "OTHER_UNIT", weights.otherUnit());
		}
		if (mentee.hiredOn() != null && mentor.hiredOn() != null) {
			double years = ChronoUnit.DAYS.between(mentor.hiredOn(), mentee.hiredOn()) / 365.25;
			if (years > 0) {
				add(reasons, "EXPERIENCE", weights.experience() * Math.min(1, years / weights.experienceYears()));
			}
		}
		if (mentor.personId().equals(mentee.preferredMentor())) {
			add(reasons, "PREFERRED", weights.preferredMentor());
		}
		if (mentee.preferOtherUnit() && otherUnit) {
			add(reasons, "OUTSIDE_UNIT_ASKED", weights.outsideUnitAsked());
		}
		if (mentee.previousMentor() == PreviousMentor.PREFER && mentee.previousMentors().contains(mentor.personId())) {
			add(reasons, "PREVIOUS_MENTOR", weights.previousMentor());
		}
		int total = reasons.stream().mapToInt(Reason::points).sum();
		if (total > MentoringWeights.SCALE) {
			reasons.add(new Reason("CAPPED", MentoringWeights.SCALE - total));
			total = MentoringWeights.SCALE;
		}
		return new Score(total, List.copyOf(reasons), null);
	}

	/** The hard filters, or {@code null} when the pair is allowed. */
	public static @Nullable Forbidden forbidden(MenteeFacts mentee, MentorFacts mentor) {
		if (mentee.personId().equals(mentor.personId())) {
			return Forbidden.SAME_PERSON;
		}
		if (mentor.personId().equals(mentee.managerId())) {
			return Forbidden.OWN_MANAGER;
		}
		if (mentee.personId().equals(mentor.managerId())) {
			return Forbidden.OWN_REPORT;
		}
		if (mentee.previousMentor() == PreviousMentor.AVOID && mentee.previousMentors().contains(mentor.personId())) {
			return Forbidden.AVOIDED_PREVIOUS_MENTOR;
		}
		return null;
	}

	/** |A ∩ B| / |A ∪ B| of two topic sets compared without case; 0 when both are empty. */
	public static double jaccard(Set<String> a, Set<String> b) {
		Set<String> left = keys(a);
		Set<String> right = keys(b);
		Set<String> union = new HashSet<>(left);
		union.addAll(right);
		if (union.isEmpty()) {
			return 0;
		}
		Set<String> both = new HashSet<>(left);
		both.retainAll(right);
		return both.size() / (double) union.size();
	}

	/** The topics both have, as the mentee wrote them. */
	public static List<String> shared(Set<String> goals, Set<String> topics) {
		Set<String> right = keys(topics);
		return goals.stream().filter((g) -> right.contains(key(g))).toList();
	}

	/**
	 * Topics as typed (separated by commas, semicolons or new lines): trimmed, inner spaces
	 * collapsed, duplicates (without case) dropped, in their order.
	 */
	public static Set<String> topics(@Nullable String typed) {
		Set<String> seen = new HashSet<>();
		Set<String> topics = new LinkedHashSet<>();
		if (typed == null) {
			return topics;
		}
		for (String part : typed.split("[,;\\n]")) {
			String topic = part.strip().replaceAll("\\s+", " ");
			if (!topic.isEmpty() && seen.add(key(topic))) {
				topics.add(topic);
			}
		}
		return topics;
	}

	private static Set<String> keys(Set<String> topics) {
		Set<String> keys = new HashSet<>();
		topics.forEach((t) -> keys.add(key(t)));
		return keys;
	}

	private static String key(String topic) {
		return topic.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static void add(List<Reason> reasons, String factor, double share) {
		int points = (int) Math.round(share * MentoringWeights.SCALE);
		if (points > 0) {
			reasons.add(new Reason(factor, points));
		}
	}

}
