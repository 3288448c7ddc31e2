package io.cocareer.toolbox.mentoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The feedback of a cohort as the lead reads it: averages only over enough answers (else
 * {@code null}), the comments without names and only when there are enough answers in all.
 */
public record MentoringFeedbackSummary(int answers, int minAnswers, @Nullable Double average, @Nullable Double menteeAverage,
		@Nullable Double mentorAverage, List<String> comments) {

	public boolean shown() {
		return this.average != null;
	}

}
