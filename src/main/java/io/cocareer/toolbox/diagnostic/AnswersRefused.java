package io.cocareer.toolbox.diagnostic;

import java.util.List;

import io.cocareer.shared.InvalidInput;

/**
 * Answers that are not complete: every item needs an answer from 1 to 5. Nothing is stored; the
 * refusal names every item at fault at once, by its id (code {@code toolbox.diagnostic.answers.invalid}).
 * @see DiagnosticItem
 */
public class AnswersRefused extends InvalidInput {

	public static final String CODE = "toolbox.diagnostic.answers.invalid";

	private final List<DiagnosticItem> missing;

	private final List<DiagnosticItem> outOfRange;

	private final List<String> unknown;

	public AnswersRefused(List<DiagnosticItem> missing, List<DiagnosticItem> outOfRange, List<String> unknown) {
		super("answers", CODE, "Answer every statement with a value from 1 to 5 (missing: %d, out of range: %d)"
			.formatted(missing.size(), outOfRange.size()), missing.size(), outOfRange.size());
		this.missing = List.copyOf(missing);
		this.outOfRange = List.copyOf(outOfRange);
		this.unknown = List.copyOf(unknown);
	}

	/** The items without an answer. */
	public List<DiagnosticItem> missing() {
		return this.missing;
	}

	/** The items answered with a value outside 1..5. */
	public List<DiagnosticItem> outOfRange() {
		return this.outOfRange;
	}

	/** Ids given that are no item of the questionnaire. */
	public List<String> unknown() {
		return this.unknown;
	}

}
