package io.cocareer.toolbox.mentoring;

/**
 * One line of a pair's reasons: a factor and the points it gave (of 1000), rendered in words with
 * the message {@code toolbox.mentoring.reason.<factor>}.
 * @param factor what counted: {@code TOPICS}, {@code OTHER_UNIT}, {@code EXPERIENCE},
 * {@code PREFERRED}, {@code OUTSIDE_UNIT_ASKED}, {@code PREVIOUS_MENTOR}, {@code CAPPED}
 * @param points its part of the score, of 1000 ({@code CAPPED}: what the cap at 1 took off, negative)
 */
public record Reason(String factor, int points) {

	/** The points as a part of 1, e.g. 0.32. */
	public double share() {
		return this.points / (double) MentoringWeights.SCALE;
	}

	/** The reasons as stored with a pair: {@code TOPICS:320|OTHER_UNIT:150}. */
	public static String encode(java.util.List<Reason> reasons) {
		return String.join("|", reasons.stream().map((r) -> r.factor() + ":" + r.points()).toList());
	}

	public static java.util.List<Reason> decode(String stored) {
		if (stored == null || stored.isBlank()) {
			return java.util.List.of();
		}
		return java.util.Arrays.stream(stored.split("\\|")).map((part) -> {
			int colon = part.indexOf(':');
			return new Reason(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1)));
		}).toList();
	}

}
