package io.cocareer.tour.agreement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import io.cocareer.tour.agreement.MissionDiff;
import io.cocareer.tour.agreement.MissionText;

/**
 * Word-level differences between two texts (java-diff-utils over words and the white space
 * between them), as runs a reader can follow: kept, deleted, inserted.
 */
public final class WordDiff {

	private static final Pattern TOKEN = Pattern.compile("\\S+|\\s+");

	private WordDiff() {
	}

	/** Every field of the mission, compared; {@code from} may be {@code null} (nothing yet). */
	public static List<MissionDiff.FieldDiff> of(MissionText from, MissionText to) {
		List<MissionDiff.FieldDiff> fields = new ArrayList<>();
		for (String field : MissionText.FIELDS) {
			String before = (from != null && from.field(field) != null) ? from.field(field) : "";
			String after = (to != null && to.field(field) != null) ? to.field(field) : "";
			fields.add(new MissionDiff.FieldDiff(field, !before.equals(after), segments(before, after)));
		}
		return fields;
	}

	public static List<MissionDiff.Segment> segments(String before, String after) {
		List<String> source = tokens(before);
		List<String> target = tokens(after);
		Patch<String> patch = DiffUtils.diff(source, target);
		List<MissionDiff.Segment> runs = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int position = delta.getSource().getPosition();
			add(runs, MissionDiff.Kind.SAME, source.subList(at, position));
			add(runs, MissionDiff.Kind.DELETED, delta.getSource().getLines());
			add(runs, MissionDiff.Kind.INSERTED, delta.getTarget().getLines());
			at = position + delta.getSource().size();
		}
		add(runs, MissionDiff.Kind.SAME, source.subList(at, source.size()));
		return runs;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** Appends the words as a run, joined to the previous run when it is of the same kind. */
	private static void add(List<MissionDiff.Segment> runs, MissionDiff.Kind kind, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		String text = String.join("", words);
		int last = runs.size() - 1;
		if (last >= 0 && runs.get(last).kind() == kind) {
			runs.set(last, new MissionDiff.Segment(kind, runs.get(last).text() + text));
		}
		else {
			runs.add(new MissionDiff.Segment(kind, text));
		}
	}

}
