package io.cocareer.alumni.mobility;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.mobility.internal.LineDiff;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two versions of the policy, line by line. */
class LineDiffTests {

	@Test
	void keptRemovedAndAddedLinesComeInReadingOrder() {
		List<String> before = LineDiff.lines("Policy", "One.\n\nTwo.\n\nThree.");
		List<String> after = LineDiff.lines("Policy", "One.\n\nTwo, changed.\n\nThree.\n\nFour.");

		List<PolicyDiff.Line> lines = LineDiff.of(before, after);

		assertThat(lines).containsExactly(new PolicyDiff.Line(PolicyDiff.Kind.SAME, "Policy"),
				new PolicyDiff.Line(PolicyDiff.Kind.SAME, "One."), new PolicyDiff.Line(PolicyDiff.Kind.REMOVED, "Two."),
				new PolicyDiff.Line(PolicyDiff.Kind.ADDED, "Two, changed."), new PolicyDiff.Line(PolicyDiff.Kind.SAME, "Three."),
				new PolicyDiff.Line(PolicyDiff.Kind.ADDED, "Four."));
	}

	@Test
	void aChangedTitleIsALineAndBlankLinesAndTrailingSpacesAreNoChange() {
		List<PolicyDiff.Line> lines = LineDiff.of(LineDiff.lines("Old title", "Same.\r\n\r\n"),
				LineDiff.lines("New title", "\nSame.   "));

		assertThat(lines).containsExactly(new PolicyDiff.Line(PolicyDiff.Kind.REMOVED, "Old title"),
				new PolicyDiff.Line(PolicyDiff.Kind.ADDED, "New title"), new PolicyDiff.Line(PolicyDiff.Kind.SAME, "Same."));
	}

	@Test
	void identicalTextsHaveOnlyKeptLines() {
		List<String> text = LineDiff.lines("T", "A\nB");
		PolicyDiff diff = new PolicyDiff(null, null, LineDiff.of(text, text));
		assertThat(diff.unchanged()).isTrue();
		assertThat(diff.added()).isZero();
		assertThat(diff.removed()).isZero();
	}

}
