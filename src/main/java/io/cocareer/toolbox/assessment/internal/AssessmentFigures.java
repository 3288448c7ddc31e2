package io.cocareer.toolbox.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cocareer.network.GroupSizeSettings;
import io.cocareer.toolbox.Practice;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment centres' organisation-wide figures: how many centres were held in the last 12
 * months (past their set-up), and how many participants of theirs were assessed (their wash-up
 * finalised), shown only from the minimum group size on.
 */
@Component
class AssessmentFigures implements ToolboxFigures {

	private final AssessmentCentres centres;

	private final AssessmentParticipants participants;

	private final GroupSizeSettings groups;

	private final Clock clock;

	AssessmentFigures(AssessmentCentres centres, AssessmentParticipants participants, GroupSizeSettings groups,
			Clock clock) {
		this.centres = centres;
		this.participants = participants;
		this.groups = groups;
		this.clock = clock;
	}

	@Override
	public String sectionKey() {
		return Practice.ASSESSMENT_CENTRES.labelKey();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToolboxFigure> figures() {
		LocalDate today = LocalDate.now(this.clock);
		List<UUID> held = this.centres.heldBetween(today.minusMonths(12), today)
			.stream()
			.map(AssessmentCentre::id)
			.toList();
		long assessed = held.isEmpty() ? 0 : this.participants.finalisedIn(held);
		String home = Practice.ASSESSMENT_CENTRES.home();
		return List.of(
				new ToolboxFigure("assessment.centres.held", "toolbox.assessment.figure.held", (double) held.size(),
						ToolboxFigure.Unit.COUNT, "toolbox.assessment.figure.held.definition", home),
				new ToolboxFigure("assessment.participants.assessed", "toolbox.assessment.figure.assessed",
						(double) assessed, ToolboxFigure.Unit.COUNT, "toolbox.assessment.figure.assessed.definition", home)
					.tooFewUnless(assessed == 0 || this.groups.shows(assessed)));
	}

}
