package io.cocareer.toolbox.diagnostic;

import java.util.List;

import io.cocareer.shared.InvalidInput;

/**
 * A diagnostic to create with several things wrong: nothing is stored and each problem names its
 * field. The first problem is the refusal's own, for the platform's handlers.
 */
public class DiagnosticRefused extends InvalidInput {

	private final List<InvalidInput> problems;

	public DiagnosticRefused(List<InvalidInput> problems) {
		super(problems.get(0).field(), problems.get(0).code(), problems.get(0).getMessage(), problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	public List<InvalidInput> problems() {
		return this.problems;
	}

}
