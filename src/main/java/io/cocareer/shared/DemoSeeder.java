package io.cocareer.shared;

import org.springframework.core.Ordered;

/**
 * Contribution point of the demo: a module that brings its own part of the demo (tours of duty,
 * networks, ...) implements this as a bean. The demo module calls every implementation, lowest
 * order first, once it has created the demo organisation in an empty database, and never on a
 * database that already held people. A seeder writes only its own module's data, through its own
 * services and aggregates, so that what the demo shows is in states the module itself allows.
 */
public interface DemoSeeder extends Ordered {

	/** Adds this module's part of the demo to the organisation just created. */
	void seed(DemoOrganisation organisation);

	@Override
	default int getOrder() {
		return 0;
	}

}
