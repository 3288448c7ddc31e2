package io.cocareer.toolbox.counselling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselling's figures for the overview and the infographic: sessions held and talents counselled
 * in the last twelve months, follow-ups overdue. Counts only; a count about 1 to k - 1 talents
 * ({@code cocareer.network.min-group-size}, never below 5) is not shown.
 */
@Component
class CounsellingFigures implements ToolboxFigures {

	private final CounsellingSessions sessions;

	private final Clock clock;

	private final int minGroupSize;

	CounsellingFigures(CounsellingSessions sessions, Clock clock,
			@Value("${cocareer.network.min-group-size:5}") int minGroupSize) {
		this.sessions = sessions;
		this.clock = clock;
		this.minGroupSize = Math.max(5, minGroupSize);
	}

	@Override
	public String sectionKey() {
		return "toolbox.practice.COUNSELLING";
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToolboxFigure> figures() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate since = today.minusMonths(12);
		long talents = this.sessions.countTalentsHeldSince(since);
		long held = this.sessions.countHeldSince(since);
		long overdueTalents = this.sessions.countTalentsWithFollowUpsOverdue(today);
		long overdue = this.sessions.countFollowUpsOverdue(today);
		return List.of(
				figure("counselling.sessions.held12m", "toolbox.counselling.figure.held", held,
						"toolbox.counselling.figure.held.definition").tooFewUnless(shows(talents)),
				figure("counselling.talents.counselled12m", "toolbox.counselling.figure.talents", talents,
						"toolbox.counselling.figure.talents.definition").tooFewUnless(shows(talents)),
				figure("counselling.followUps.overdue", "toolbox.counselling.figure.overdue", overdue,
						"toolbox.counselling.figure.overdue.definition").tooFewUnless(shows(overdueTalents)));
	}

	/** Whether a count about this many talents may be shown: none, or at least k. */
	boolean shows(long talents) {
		return talents == 0 || talents >= this.minGroupSize;
	}

	private static ToolboxFigure figure(String key, String labelKey, long count, String definitionKey) {
		return new ToolboxFigure(key, labelKey, (double) count, ToolboxFigure.Unit.COUNT, definitionKey,
				"/toolbox/counselling");
	}

}
