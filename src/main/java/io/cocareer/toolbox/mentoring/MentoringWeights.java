package io.cocareer.toolbox.mentoring;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights of a pair's score and the matching's load spreading, a product decision
 * (DOMAIN.md §5.3): configurable under {@code cocareer.toolbox.mentoring.*}, logged with every
 * matching run and kept with the cohort. A pair's score is the sum of its factors, each in
 * [0, weight], capped at 1:
 * <ul>
 * <li>{@code topicFit} × the Jaccard similarity of the mentee's goals and the mentor's topics;</li>
 * <li>{@code otherUnit} when they work in different units (cross-unit ties widen networks);</li>
 * <li>{@code experience} × min(1, the years the mentor has been here longer ÷ {@code experienceYears});</li>
 * <li>{@code preferredMentor} when the mentor is the one the mentee asked for;</li>
 * <li>{@code outsideUnitAsked} when the mentee asked for someone outside their unit and got it;</li>
 * <li>{@code previousMentor} when the mentee asked for a previous mentor again (one asking to
 * avoid a previous mentor never gets them: the pair is forbidden).</li>
 * </ul>
 * For the solver a score is scaled by 1000. {@code loadStep} (default 150, that is 0.15) spreads
 * load: a mentor's second mentee costs 150, the third 300 more, so a mentor takes a second mentee
 * only when that pair is better by more than 0.15 than what the mentee would get elsewhere.
 * @param minAnswers the fewest feedback answers an average is shown over (never below 5)
 */
@ConfigurationProperties("cocareer.toolbox.mentoring")
public record MentoringWeights(@DefaultValue("0.45") double topicFit, @DefaultValue("0.15") double otherUnit,
		@DefaultValue("0.15") double experience, @DefaultValue("5") int experienceYears,
		@DefaultValue("0.20") double preferredMentor, @DefaultValue("0.10") double outsideUnitAsked,
		@DefaultValue("0.10") double previousMentor, @DefaultValue("150") int loadStep,
		@DefaultValue("5") int minAnswers) {

	/** The scale of a score for the solver: 1.0 is 1000 points. */
	public static final int SCALE = 1000;

	public MentoringWeights {
		for (double weight : new double[] { topicFit, otherUnit, experience, preferredMentor, outsideUnitAsked,
				previousMentor }) {
			if (weight < 0 || weight > 1) {
				throw new IllegalArgumentException("A mentoring weight is between 0 and 1, not " + weight);
			}
		}
		if (experienceYears < 1) {
			throw new IllegalArgumentException("The years of a full experience gap are at least 1");
		}
		if (loadStep < 0 || loadStep > SCALE) {
			throw new IllegalArgumentException("The load step is between 0 and " + SCALE + ", not " + loadStep);
		}
		minAnswers = Math.max(5, minAnswers);
	}

	/** The defaults, as documented above. */
	public static MentoringWeights defaults() {
		return new MentoringWeights(0.45, 0.15, 0.15, 5, 0.20, 0.10, 0.10, 150, 5);
	}

	/** The weights in one line, as logged and kept with a run. */
	public String describe() {
		return String.format(Locale.ROOT,
				"topicFit=%.2f otherUnit=%.2f experience=%.2f/%dy preferredMentor=%.2f outsideUnitAsked=%.2f previousMentor=%.2f loadStep=%d/%d",
				this.topicFit, this.otherUnit, this.experience, this.experienceYears, this.preferredMentor,
				this.outsideUnitAsked, this.previousMentor, this.loadStep, SCALE);
	}

}
