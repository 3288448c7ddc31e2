package io.cocareer.alumni.mobility.internal;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import io.cocareer.alumni.mobility.PolicyDiff;

/** Line-level differences between two texts (java-diff-utils, Myers), as the lines a reader follows. */
public final class LineDiff {

	private LineDiff() {
	}

	/** The lines of {@code before} and {@code after}: kept, removed and added, in reading order. */
	public static List<PolicyDiff.Line> of(List<String> before, List<String> after) {
		Patch<String> patch = DiffUtils.diff(before, after);
		List<PolicyDiff.Line> lines = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int position = delta.getSource().getPosition();
			before.subList(at, position).forEach((l) -> lines.add(new PolicyDiff.Line(PolicyDiff.Kind.SAME, l)));
			delta.getSource().getLines().forEach((l) -> lines.add(new PolicyDiff.Line(PolicyDiff.Kind.REMOVED, l)));
			delta.getTarget().getLines().forEach((l) -> lines.add(new PolicyDiff.Line(PolicyDiff.Kind.ADDED, l)));
			at = position + delta.getSource().size();
		}
		before.subList(at, before.size()).forEach((l) -> lines.add(new PolicyDiff.Line(PolicyDiff.Kind.SAME, l)));
		return lines;
	}

	/** A policy as the lines compared: its title, then its body's non-blank lines. */
	public static List<String> lines(String title, String body) {
		List<String> lines = new ArrayList<>();
		lines.add(title);
		for (String line : body.split("\\R")) {
			if (!line.isBlank()) {
				lines.add(line.strip());
			}
		}
		return lines;
	}

}
