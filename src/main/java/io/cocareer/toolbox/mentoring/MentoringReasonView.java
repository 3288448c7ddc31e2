package io.cocareer.toolbox.mentoring;

/**
 * One reason of a pair's score, for the page ({@code toolbox.mentoring.reason.<factor>} with the
 * share and the detail as arguments) and the API.
 * @param share its part of the score, e.g. 0.32
 * @param detail the topics both share (for {@code TOPICS}), else empty
 */
public record MentoringReasonView(String factor, int points, double share, String detail) {

	public String messageKey() {
		return "toolbox.mentoring.reason." + this.factor;
	}

	/** The share as shown, two decimals. */
	public String shown() {
		return String.format(java.util.Locale.ROOT, "%+.2f", this.share);
	}

}
