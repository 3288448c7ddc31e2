package io.cocareer.tour.agreement.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cocareer.tour.agreement.MissionDiff;
import io.cocareer.tour.agreement.MissionDiff.Kind;
import io.cocareer.tour.agreement.MissionDiff.Segment;
import io.cocareer.tour.agreement.MissionText;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void changedWordsAreDeletedAndInsertedTheRestIsKept() {
		List<Segment> runs = WordDiff.segments("Ship onboarding by May", "Ship self-service onboarding by June");

		assertThat(runs).containsExactly(new Segment(Kind.SAME, "Ship "), new Segment(Kind.INSERTED, "self-service "),
				new Segment(Kind.SAME, "onboarding by "), new Segment(Kind.DELETED, "May"),
				new Segment(Kind.INSERTED, "June"));
	}

	@Test
	void joiningTheRunsGivesBackBothTexts() {
		String before = "Lead the pilot.\nReport monthly to the sponsor.";
		String after = "Lead the pilot in two units.\nReport every six weeks to the steering group.";

		List<Segment> runs = WordDiff.segments(before, after);

		assertThat(join(runs, Kind.INSERTED)).isEqualTo(before);
		assertThat(join(runs, Kind.DELETED)).isEqualTo(after);
	}

	@Test
	void aMissionIsComparedFieldByFieldAndFromNothing() {
		MissionText one = new MissionText("Ship", "Speed", "Leadership", "A day");
		MissionText two = new MissionText("Ship", "Speed and quality", "Leadership", "A day");

		List<MissionDiff.FieldDiff> fields = WordDiff.of(one, two);
		assertThat(fields).extracting(MissionDiff.FieldDiff::field)
			.containsExactly("objective", "companyGains", "talentGains", "successMeasures");
		assertThat(fields).extracting(MissionDiff.FieldDiff::changed).containsExactly(false, true, false, false);

		List<MissionDiff.FieldDiff> first = WordDiff.of(null, one);
		assertThat(first.get(0).segments()).containsExactly(new Segment(Kind.INSERTED, "Ship"));
	}

	/** The text the reader of one side sees: kept runs plus the runs of the other kind left out. */
	private static String join(List<Segment> runs, Kind leftOut) {
		StringBuilder text = new StringBuilder();
		runs.stream().filter((run) -> run.kind() != leftOut).forEach((run) -> text.append(run.text()));
		return text.toString();
	}

}
