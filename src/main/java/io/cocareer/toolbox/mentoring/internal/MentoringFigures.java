package io.cocareer.toolbox.mentoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.mentoring.CohortStatus;
import io.cocareer.toolbox.mentoring.MentoringWeights;
import io.cocareer.toolbox.mentoring.PairStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring's organisation-wide figures: pairs running, cohorts running, the share of mentees
 * matched in the last cohort matched (over at least k mentees), and the average feedback rating
 * (over at least k answers, scaled from 1–5 to 0–1). Aggregates only.
 */
@Component
class MentoringFigures implements ToolboxFigures {

	private final Cohorts cohorts;

	private final MenteeEnrolments mentees;

	private final MentoringPairs pairs;

	private final Feedbacks feedbacks;

	private final MentoringWeights weights;

	MentoringFigures(Cohorts cohorts, MenteeEnrolments mentees, MentoringPairs pairs, Feedbacks feedbacks,
			MentoringWeights weights) {
		this.cohorts = cohorts;
		this.mentees = mentees;
		this.pairs = pairs;
		this.feedbacks = feedbacks;
		this.weights = weights;
	}

	@Override
	public String sectionKey() {
		return "toolbox.practice.MENTORING";
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToolboxFigure> figures() {
		int k = this.weights.minAnswers();
		List<ToolboxFigure> figures = new ArrayList<>();
		figures.add(new ToolboxFigure("mentoring.pairs.active", "toolbox.mentoring.figure.activePairs",
				(double) this.pairs.countByStatus(PairStatus.ACTIVE), ToolboxFigure.Unit.COUNT,
				"toolbox.mentoring.figure.activePairs.definition", "/toolbox/mentoring"));
		figures.add(new ToolboxFigure("mentoring.cohorts.running", "toolbox.mentoring.figure.runningCohorts",
				(double) this.cohorts.findByStatus(CohortStatus.RUNNING).size(), ToolboxFigure.Unit.COUNT,
				"toolbox.mentoring.figure.runningCohorts.definition", "/toolbox/mentoring"));
		Optional<Cohort> last = this.cohorts.findAll()
			.stream()
			.filter((c) -> c.status() == CohortStatus.RUNNING || c.status() == CohortStatus.ENDED)
			.max(Comparator.comparing(Cohort::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
		Double share = null;
		boolean tooFewMentees = false;
		if (last.isPresent()) {
			long enrolled = this.mentees.findByCohortIdOrderByEnrolledAt(last.get().id())
				.stream()
				.filter(MenteeEnrolment::enrolled)
				.count();
			long matched = this.pairs.findByCohortIdOrderByCreatedAt(last.get().id()).size();
			if (enrolled >= k) {
				share = Math.min(1.0, matched / (double) enrolled);
			}
			tooFewMentees = enrolled > 0 && enrolled < k;
		}
		figures.add(new ToolboxFigure("mentoring.mentees.matchedShare", "toolbox.mentoring.figure.matchedShare", share,
				ToolboxFigure.Unit.RATE, "toolbox.mentoring.figure.matchedShare.definition", "/toolbox/mentoring")
			.tooFewUnless(!tooFewMentees));
		List<Feedback> all = this.feedbacks.findAll();
		Double rating = (all.size() >= k)
				? (all.stream().mapToInt(Feedback::rating).average().orElse(1) - 1) / 4.0 : null;
		figures.add(new ToolboxFigure("mentoring.feedback.average", "toolbox.mentoring.figure.feedback", rating,
				ToolboxFigure.Unit.SCORE, "toolbox.mentoring.figure.feedback.definition", "/toolbox/mentoring")
			.tooFewUnless(all.isEmpty() || all.size() >= k));
		return figures;
	}


}
