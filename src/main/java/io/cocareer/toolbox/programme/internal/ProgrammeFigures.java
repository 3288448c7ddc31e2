package io.cocareer.toolbox.programme.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.programme.ParticipantStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development programmes' figures for the overview and the infographic: participants in progress,
 * completions in the last twelve months, and the completion rate over the cohorts that have ended
 * with at least five participants (withdrawn ones count as not completed). A count about 1 to
 * k - 1 people ({@code cocareer.network.min-group-size}, never below 5) is not shown; the rate is
 * {@code null} while no such cohort ended.
 */
@Component
class ProgrammeFigures implements ToolboxFigures {

	/** The fewest participants a cohort has for its completion rate to count. */
	static final int RATE_MIN_PARTICIPANTS = 5;

	private final ProgrammeCohorts cohorts;

	private final Clock clock;

	private final int minGroupSize;

	ProgrammeFigures(ProgrammeCohorts cohorts, Clock clock, @Value("${cocareer.network.min-group-size:5}") int minGroupSize) {
		this.cohorts = cohorts;
		this.clock = clock;
		this.minGroupSize = Math.max(5, minGroupSize);
	}

	@Override
	public String sectionKey() {
		return "toolbox.practice.DEVELOPMENT_PROGRAMMES";
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToolboxFigure> figures() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate since = today.minusMonths(12);
		long inProgress = 0;
		long completions = 0;
		long endedParticipants = 0;
		long endedCompleted = 0;
		for (Cohort cohort : this.cohorts.findAll()) {
			List<Participant> participants = cohort.participants();
			boolean running = !cohort.startsOn().isAfter(today)
					&& (cohort.endsOn() == null || !cohort.endsOn().isBefore(today));
			if (running) {
				inProgress += participants.stream().filter((p) -> p.status() == ParticipantStatus.ENROLLED).count();
			}
			completions += participants.stream()
				.filter((p) -> p.completedOn() != null && !p.completedOn().isBefore(since))
				.count();
			if (cohort.endsOn() != null && cohort.endsOn().isBefore(today)
					&& participants.size() >= RATE_MIN_PARTICIPANTS) {
				endedParticipants += participants.size();
				endedCompleted += participants.stream().filter((p) -> p.status() == ParticipantStatus.COMPLETED).count();
			}
		}
		Double rate = (endedParticipants > 0) ? (double) endedCompleted / endedParticipants : null;
		return List.of(
				new ToolboxFigure("programme.participants.inProgress", "toolbox.programme.figure.inProgress",
						(double) inProgress, ToolboxFigure.Unit.COUNT, "toolbox.programme.figure.inProgress.definition",
						"/toolbox/programmes")
					.tooFewUnless(shows(inProgress)),
				new ToolboxFigure("programme.completions.12m", "toolbox.programme.figure.completions",
						(double) completions, ToolboxFigure.Unit.COUNT,
						"toolbox.programme.figure.completions.definition", "/toolbox/programmes")
					.tooFewUnless(shows(completions)),
				new ToolboxFigure("programme.completion.rate", "toolbox.programme.figure.rate", rate,
						ToolboxFigure.Unit.RATE, "toolbox.programme.figure.rate.definition", "/toolbox/programmes"));
	}

	/** Whether a count of people may be shown: none, or at least k. */
	boolean shows(long people) {
		return people == 0 || people >= this.minGroupSize;
	}

}
