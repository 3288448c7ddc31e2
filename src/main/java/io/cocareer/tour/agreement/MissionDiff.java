package io.cocareer.tour.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two revisions of a mission, field by field, word by word.
 * @param fromRevision the older revision (0: nothing yet)
 * @param toRevision the newer revision
 */
public record MissionDiff(int fromRevision, @Nullable String fromAuthor, int toRevision, String toAuthor,
		List<FieldDiff> fields) {

	public boolean changed() {
		return this.fields.stream().anyMatch(FieldDiff::changed);
	}

	/** One field's text as runs of kept, inserted and deleted words. */
	public record FieldDiff(String field, boolean changed, List<Segment> segments) {

	}

	/** A run of text: {@code SAME}, {@code INSERTED} or {@code DELETED}. */
	public record Segment(Kind kind, String text) {

	}

	public enum Kind {

		SAME, INSERTED, DELETED

	}

}
