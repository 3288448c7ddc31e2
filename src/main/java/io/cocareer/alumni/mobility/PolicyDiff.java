package io.cocareer.alumni.mobility;

import java.util.List;

/**
 * What changed between two versions of the mobility policy, line by line (the title first, then
 * the body's lines): each line kept, removed or added.
 */
public record PolicyDiff(PolicyVersionView from, PolicyVersionView to, List<Line> lines) {

	public boolean unchanged() {
		return this.lines.stream().allMatch((line) -> line.kind() == Kind.SAME);
	}

	public long added() {
		return this.lines.stream().filter((line) -> line.kind() == Kind.ADDED).count();
	}

	public long removed() {
		return this.lines.stream().filter((line) -> line.kind() == Kind.REMOVED).count();
	}

	public record Line(Kind kind, String text) {

	}

	public enum Kind {

		SAME, REMOVED, ADDED

	}

}
