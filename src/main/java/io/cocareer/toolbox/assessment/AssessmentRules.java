package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.InvalidInput;

/**
 * The rules on what people type into a centre, each answering every problem at once (field by
 * field, so a form shows them all next to their fields and the API lists them all): a centre's
 * description, an exercise, a rating sheet (ratings of 1 to 5, only where the exercise observes
 * the competency, with the evidence), the wash-up's consensus (1 to 5, one for every competency
 * before it is finalised), and what a centre needs before it opens for ratings.
 */
public final class AssessmentRules {

	public static final int MAX_TITLE = 160;

	public static final int MAX_PURPOSE = 2000;

	public static final int MAX_NAME = 120;

	public static final int MAX_TEXT = 2000;

	public static final int MAX_SUGGESTIONS = 4000;

	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	/**
	 * The days the assessors have after the centre's day to complete their rating sheets (the
	 * exercises are observed on the day; writing up the evidence takes a day or so): from the
	 * second day after it, a centre still open for ratings is late.
	 */
	public static final int RATING_DAYS = 2;

	private AssessmentRules() {
	}

	/**
	 * Whether the centre's ratings are late: it is still open for ratings (its wash-up has not
	 * started) and its day was {@link #RATING_DAYS} or more days ago.
	 */
	public static boolean ratingsLate(CentreStatus status, LocalDate heldOn, LocalDate today) {
		return status == CentreStatus.RATING && heldOn != null && !heldOn.plusDays(RATING_DAYS).isAfter(today);
	}

	public static List<InvalidInput> centreProblems(NewCentre centre) {
		List<InvalidInput> problems = new ArrayList<>();
		if (!hasText(centre.title())) {
			problems.add(new InvalidInput("title", "toolbox.assessment.title.required", "Give the centre a title"));
		}
		else if (centre.title().strip().length() > MAX_TITLE) {
			problems.add(tooLong("title", MAX_TITLE));
		}
		if (centre.heldOn() == null) {
			problems.add(new InvalidInput("heldOn", "toolbox.assessment.heldOn.required",
					"Choose the day of the centre"));
		}
		else if (centre.heldOn().isBefore(LocalDate.of(2000, 1, 1)) || centre.heldOn().isAfter(LocalDate.of(2999, 12, 31))) {
			problems.add(new InvalidInput("heldOn", "toolbox.assessment.heldOn.range",
					"Choose a day between the years 2000 and 2999"));
		}
		if (hasText(centre.purpose()) && centre.purpose().strip().length() > MAX_PURPOSE) {
			problems.add(tooLong("purpose", MAX_PURPOSE));
		}
		return problems;
	}

	public static List<InvalidInput> exerciseProblems(NewExercise exercise) {
		List<InvalidInput> problems = new ArrayList<>();
		if (!hasText(exercise.name())) {
			problems.add(new InvalidInput("name", "toolbox.assessment.exercise.nameRequired", "Name the exercise"));
		}
		else if (exercise.name().strip().length() > MAX_NAME) {
			problems.add(tooLong("name", MAX_NAME));
		}
		if (exercise.kind() == null) {
			problems.add(new InvalidInput("kind", "toolbox.assessment.exercise.kindRequired",
					"Choose the kind of exercise"));
		}
		if (hasText(exercise.description()) && exercise.description().strip().length() > MAX_TEXT) {
			problems.add(tooLong("description", MAX_TEXT));
		}
		return problems;
	}

	/**
	 * Everything wrong with an assessor's sheet: a rating out of 1 to 5, a competency the exercise
	 * does not observe (or an exercise the centre does not have), a cell given twice, a rating
	 * without its evidence or evidence without its rating, evidence too long. A cell with neither
	 * rating nor evidence is simply not rated yet.
	 * @param matrix per exercise of the centre, the competencies it observes
	 */
	public static List<InvalidInput> ratingProblems(List<RatingEntry> entries, Map<UUID, Set<UUID>> matrix) {
		List<InvalidInput> problems = new ArrayList<>();
		Set<List<UUID>> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			RatingEntry entry = entries.get(i);
			String at = "ratings[" + i + "]";
			if (entry == null) {
				continue;
			}
			if (entry.exerciseId() == null || !matrix.containsKey(entry.exerciseId())) {
				problems.add(new InvalidInput(at + ".exerciseId", "toolbox.assessment.rating.unknownExercise",
						"This centre has no such exercise"));
				continue;
			}
			if (entry.competencyId() == null || !matrix.get(entry.exerciseId()).contains(entry.competencyId())) {
				problems.add(new InvalidInput(at + ".competencyId", "toolbox.assessment.rating.notObserved",
						"This exercise does not observe this competency"));
				continue;
			}
			if (!seen.add(List.of(entry.exerciseId(), entry.competencyId()))) {
				problems.add(new InvalidInput(at + ".competencyId", "toolbox.assessment.rating.duplicate",
						"This competency is rated twice in this exercise"));
				continue;
			}
			boolean evidence = hasText(entry.evidence());
			if (entry.rating() == null) {
				if (evidence) {
					problems.add(new InvalidInput(at + ".rating", "toolbox.assessment.rating.ratingRequired",
							"Give a rating from 1 to 5 for this evidence"));
				}
				continue;
			}
			if (entry.rating() < LOWEST || entry.rating() > HIGHEST) {
				problems.add(new InvalidInput(at + ".rating", "toolbox.assessment.rating.range",
						"A rating goes from %d to %d".formatted(LOWEST, HIGHEST), LOWEST, HIGHEST));
			}
			if (!evidence) {
				problems.add(new InvalidInput(at + ".evidence", "toolbox.assessment.rating.evidenceRequired",
						"Write down the evidence you observed for this rating"));
			}
			else if (entry.evidence().strip().length() > MAX_TEXT) {
				problems.add(tooLong(at + ".evidence", MAX_TEXT));
			}
		}
		return problems;
	}

	/**
	 * Everything wrong with the wash-up's record: a consensus out of 1 to 5, a competency the centre
	 * does not assess or given twice, a rationale without a consensus or too long, suggestions too
	 * long; and, when it is to be finalised, every competency of the centre without a consensus.
	 * @param competencies the competencies the centre assesses, in their order
	 */
	public static List<InvalidInput> consensusProblems(WashUpRecord record, Collection<UUID> competencies,
			boolean finalising) {
		List<InvalidInput> problems = new ArrayList<>();
		Set<UUID> given = new HashSet<>();
		List<ConsensusEntry> entries = record.consensus();
		for (int i = 0; i < entries.size(); i++) {
			ConsensusEntry entry = entries.get(i);
			String at = "consensus[" + i + "]";
			if (entry == null) {
				continue;
			}
			if (entry.competencyId() == null || !competencies.contains(entry.competencyId())) {
				problems.add(new InvalidInput(at + ".competencyId", "toolbox.assessment.consensus.unknownCompetency",
						"This centre does not assess this competency"));
				continue;
			}
			if (entry.rating() != null && !given.add(entry.competencyId())) {
				problems.add(new InvalidInput(at + ".competencyId", "toolbox.assessment.consensus.duplicate",
						"This competency has two consensus ratings"));
				continue;
			}
			if (entry.rating() == null) {
				if (hasText(entry.rationale())) {
					problems.add(new InvalidInput(at + ".rating", "toolbox.assessment.consensus.ratingRequired",
							"Give the consensus rating from 1 to 5 for this rationale"));
				}
			}
			else if (entry.rating() < LOWEST || entry.rating() > HIGHEST) {
				problems.add(new InvalidInput(at + ".rating", "toolbox.assessment.consensus.range",
						"A consensus rating goes from %d to %d".formatted(LOWEST, HIGHEST), LOWEST, HIGHEST));
			}
			if (hasText(entry.rationale()) && entry.rationale().strip().length() > MAX_TEXT) {
				problems.add(tooLong(at + ".rationale", MAX_TEXT));
			}
		}
		if (hasText(record.developmentSuggestions())
				&& record.developmentSuggestions().strip().length() > MAX_SUGGESTIONS) {
			problems.add(tooLong("developmentSuggestions", MAX_SUGGESTIONS));
		}
		if (finalising) {
			int i = 0;
			for (UUID competency : competencies) {
				if (!given.contains(competency)) {
					problems.add(new InvalidInput("consensus[" + indexOf(entries, competency, i) + "].rating",
							"toolbox.assessment.consensus.required",
							"Give a consensus rating for every competency before finalising"));
				}
				i++;
			}
		}
		return problems;
	}

	/** Where the entry of a competency is in the record (the field of its error), or its place among the competencies. */
	private static int indexOf(List<ConsensusEntry> entries, UUID competency, int otherwise) {
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i) != null && competency.equals(entries.get(i).competencyId())) {
				return i;
			}
		}
		return otherwise;
	}

	/**
	 * What keeps a centre from opening for ratings, as message keys: no exercise, no competency, an
	 * exercise observing nothing, a competency no exercise observes, no participant, a participant
	 * nobody observes.
	 * @param observed per participant (person id), how many assessors observe them
	 */
	public static List<String> readiness(Map<UUID, Set<UUID>> matrix, Collection<UUID> competencies,
			Map<UUID, Integer> observed) {
		List<String> problems = new ArrayList<>();
		if (matrix.isEmpty()) {
			problems.add("toolbox.assessment.ready.noExercise");
		}
		if (competencies.isEmpty()) {
			problems.add("toolbox.assessment.ready.noCompetency");
		}
		if (matrix.values().stream().anyMatch(Set::isEmpty)) {
			problems.add("toolbox.assessment.ready.exerciseObservesNothing");
		}
		Set<UUID> observedCompetencies = new HashSet<>();
		matrix.values().forEach(observedCompetencies::addAll);
		if (!observedCompetencies.containsAll(competencies)) {
			problems.add("toolbox.assessment.ready.competencyUnobserved");
		}
		if (observed.isEmpty()) {
			problems.add("toolbox.assessment.ready.noParticipant");
		}
		if (observed.values().stream().anyMatch((n) -> n == 0)) {
			problems.add("toolbox.assessment.ready.participantUnobserved");
		}
		return problems;
	}

	/** The spread of ratings: the highest less the lowest, null without ratings. */
	public static Integer spread(Collection<Integer> ratings) {
		if (ratings.isEmpty()) {
			return null;
		}
		int lowest = ratings.stream().mapToInt(Integer::intValue).min().getAsInt();
		int highest = ratings.stream().mapToInt(Integer::intValue).max().getAsInt();
		return highest - lowest;
	}

	static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	static String text(String value) {
		return hasText(value) ? value.strip() : null;
	}

	private static InvalidInput tooLong(String field, int max) {
		return new InvalidInput(field, "toolbox.assessment.tooLong", "At most %d characters".formatted(max), max);
	}

}
