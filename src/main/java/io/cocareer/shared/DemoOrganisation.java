package io.cocareer.shared;

import java.util.Objects;

/**
 * The demo organisation as a {@link DemoSeeder} gets it: the demo users who sign in, as the
 * {@link Actor}s a seeder acts as. Everyone else of the organisation is found through the
 * modules that own people and talents.
 * @param lead the talent lead (user {@code lead})
 * @param manager the manager (user {@code manager}), the talent's manager
 * @param talent the talent (user {@code talent}), who reports to the manager
 */
public record DemoOrganisation(Actor lead, Actor manager, Actor talent) {

	public DemoOrganisation {
		Objects.requireNonNull(lead, "lead");
		Objects.requireNonNull(manager, "manager");
		Objects.requireNonNull(talent, "talent");
	}

}
