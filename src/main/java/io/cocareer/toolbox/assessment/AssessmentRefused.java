package io.cocareer.toolbox.assessment;

import java.util.List;

import io.cocareer.shared.InvalidInput;

/**
 * Input with several problems, refused as a whole (nothing is stored): each problem names its
 * field. The first is the refusal's own, for the callers that show one.
 */
public class AssessmentRefused extends InvalidInput {

	private final List<InvalidInput> problems;

	public AssessmentRefused(List<InvalidInput> problems) {
		super(problems.get(0).field(), problems.get(0).code(), problems.get(0).getMessage(),
				problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	public List<InvalidInput> problems() {
		return this.problems;
	}

	/** Refused when there is any problem. */
	public static void unless(List<InvalidInput> problems) {
		if (!problems.isEmpty()) {
			throw new AssessmentRefused(problems);
		}
	}

}
