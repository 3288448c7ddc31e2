package io.cocareer.toolbox.diagnostic.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cocareer.toolbox.diagnostic.DiagnosticResult.ApproachFit;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.Effect;
import io.cocareer.toolbox.diagnostic.DiagnosticResult.Reason;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reasons of a recommendation in plain words, for the result page and the API alike: which
 * conditions carry the approach, which are in between and which hold it back, each with its score
 * as shown (two decimals), e.g. "In favour: talents are highly mobile (0.81) and contributions can
 * be codified and handed over (0.75)."
 */
@Component("diagnosticWording")
public class DiagnosticWording {

	private final MessageSource messages;

	DiagnosticWording(MessageSource messages) {
		this.messages = messages;
	}

	/** A score as shown everywhere: two decimals. */
	public static String score(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** A change as shown: signed, two decimals. */
	public static String change(double value) {
		String shown = String.format(Locale.ROOT, "%+.2f", value);
		return shown.equals("-0.00") || shown.equals("+0.00") ? "0.00" : shown;
	}

	/** {@link #score(double)} for the templates ({@code @diagnosticWording.shown(x)}). */
	public String shown(double value) {
		return score(value);
	}

	/** {@link #change(double)} for the templates. */
	public String changed(double value) {
		return change(value);
	}

	/** The weights as the lead gave them, e.g. "C1 2, C2 1, C3 1, C4 1, C5 0.5". */
	public String weights(io.cocareer.toolbox.diagnostic.DiagnosticWeights weights) {
		return java.util.Arrays.stream(io.cocareer.toolbox.diagnostic.Condition.values())
			.map((c) -> c.name() + " " + new java.math.BigDecimal(Double.toString(weights.of(c))).stripTrailingZeros()
				.toPlainString())
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** One sentence per kind of effect, strongest first. */
	public List<String> reasons(ApproachFit fit, Locale locale) {
		List<String> sentences = new ArrayList<>();
		for (Effect effect : Effect.values()) {
			List<String> parts = fit.reasons()
				.stream()
				.filter((r) -> r.effect() == effect)
				.map((r) -> this.messages.getMessage("toolbox.diagnostic.reason.part",
						new Object[] { label(r, locale), score(r.score()) }, locale))
				.toList();
			if (!parts.isEmpty()) {
				sentences.add(this.messages.getMessage("toolbox.diagnostic.reason." + effect.name(),
						new Object[] { join(parts, locale) }, locale));
			}
		}
		return sentences;
	}

	private String label(Reason reason, Locale locale) {
		String key = "toolbox.diagnostic.condition." + reason.condition().name()
				+ ((reason.effect() == Effect.HOLDS_BACK) ? ".weak" : ".strong");
		return this.messages.getMessage(key, null, locale);
	}

	private String join(List<String> parts, Locale locale) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		String and = this.messages.getMessage("toolbox.diagnostic.reason.and", null, locale);
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
	}

}
