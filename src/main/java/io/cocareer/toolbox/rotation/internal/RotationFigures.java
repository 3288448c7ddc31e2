package io.cocareer.toolbox.rotation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cocareer.network.GroupSizeSettings;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotation planning's organisation-wide figures over the last 12 months: the plans confirmed, and
 * the tours proposed from them (a count of people: shown only from the minimum group size on).
 */
@Component
class RotationFigures implements ToolboxFigures {

	private final RotationPlans plans;

	private final GroupSizeSettings groups;

	private final Clock clock;

	RotationFigures(RotationPlans plans, GroupSizeSettings groups, Clock clock) {
		this.plans = plans;
		this.groups = groups;
		this.clock = clock;
	}

	@Override
	public String sectionKey() {
		return "toolbox.practice.ROTATION";
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToolboxFigure> figures() {
		Instant since = this.clock.instant().minus(Duration.ofDays(365));
		long confirmed = this.plans.confirmedSince(since);
		long tours = this.plans.toursProposedSince(since);
		return List.of(
				new ToolboxFigure("rotation.plans.confirmed", "toolbox.rotation.figure.confirmed", (double) confirmed,
						ToolboxFigure.Unit.COUNT, "toolbox.rotation.figure.confirmed.definition", "/toolbox/rotation"),
				new ToolboxFigure("rotation.tours.proposed", "toolbox.rotation.figure.tours", (double) tours,
						ToolboxFigure.Unit.COUNT, "toolbox.rotation.figure.tours.definition", "/toolbox/rotation")
					.tooFewUnless(tours == 0 || this.groups.shows(tours)));
	}

}
