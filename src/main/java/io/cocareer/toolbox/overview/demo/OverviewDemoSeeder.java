package io.cocareer.toolbox.overview.demo;

import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.toolbox.overview.ProgrammeOverviewService;

import org.springframework.stereotype.Component;

/**
 * The overview's part of the demo: once every other module has seeded its people, tours, networks
 * and alumni (its events dated in the past), the talent lead opens the overview for the first time,
 * which fills the trends' read model from the modules' APIs for what came before it listened (the
 * demo organisation's hires and leavings over the year). The lead then sees the overview with its
 * charts; managers and talents the generic infographic (which needs no records).
 */
@Component
class OverviewDemoSeeder implements DemoSeeder {

	private final ProgrammeOverviewService overview;

	OverviewDemoSeeder(ProgrammeOverviewService overview) {
		this.overview = overview;
	}

	/** Last: after every module whose figures and events it reads. */
	@Override
	public int getOrder() {
		return 10_000;
	}

	@Override
	public void seed(DemoOrganisation organisation) {
		this.overview.trends(organisation.lead());
	}

}
