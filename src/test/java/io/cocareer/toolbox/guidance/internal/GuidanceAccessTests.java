package io.cocareer.toolbox.guidance.internal;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.Approach;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads what of the guidance: the policy's table. */
class GuidanceAccessTests {

	private final GuidanceAccess access = new GuidanceAccess();

	@Test
	void staffReadTheGuidanceAndTheLeadAloneSeesProgress() {
		assertThat(this.access.mayRead(actor(Role.TALENT_LEAD))).isTrue();
		assertThat(this.access.mayRead(actor(Role.MANAGER))).isTrue();
		assertThat(this.access.mayRead(actor(Role.TALENT))).isTrue();
		assertThat(this.access.mayRead(actor(Role.ADMIN))).isFalse();
		assertThat(this.access.mayRead(actor(Role.ALUMNUS))).isFalse();
		assertThat(this.access.mayRead(null)).isFalse();
		assertThat(this.access.mayRead(new Actor(AccountId.of(UUID.randomUUID()), "svc", null, "Service",
				Set.of(Role.TALENT_LEAD)))).as("an account without a person").isFalse();

		assertThat(this.access.maySeeProgress(actor(Role.TALENT_LEAD))).isTrue();
		assertThat(this.access.maySeeProgress(actor(Role.MANAGER))).isFalse();
		assertThat(this.access.maySeeProgress(actor(Role.TALENT))).isFalse();
		assertThat(this.access.maySeeProgress(actor(Role.ADMIN))).isFalse();
		assertThat(this.access.maySeeDiagnostic(actor(Role.MANAGER))).isFalse();
		assertThat(this.access.maySeeDiagnostic(actor(Role.TALENT_LEAD))).isTrue();
	}

	@Test
	void aReaderIsShownOnlyTheScreensTheyMayOpen() {
		GuidanceCatalogue.StepDefinition review = GuidanceCatalogue.steps(Approach.OPEN_DEVELOPMENTAL_NETWORKS).get(6);
		GuidanceCatalogue.ScreenDefinition reviewScreen = review.screens().get(0);
		assertThat(reviewScreen.path()).isEqualTo("/network/review");
		assertThat(this.access.mayOpen(actor(Role.TALENT_LEAD), reviewScreen)).isTrue();
		assertThat(this.access.mayOpen(actor(Role.MANAGER), reviewScreen)).isFalse();
		assertThat(this.access.mayOpen(actor(Role.TALENT), reviewScreen)).isFalse();
		assertThat(this.access.takesPart(actor(Role.TALENT), review)).isFalse();
		assertThat(this.access.takesPart(actor(Role.TALENT_LEAD), review)).isTrue();

		GuidanceCatalogue.ScreenDefinition packages = GuidanceCatalogue.steps(Approach.TOURS_OF_DUTY).get(2).screens()
			.get(0);
		assertThat(this.access.mayOpen(actor(Role.TALENT), packages)).isTrue();
		assertThat(this.access.mayOpen(actor(Role.ADMIN), packages)).isFalse();
		assertThat(this.access.mayOpen(actor(Role.ALUMNUS), packages)).isFalse();
	}

	private static Actor actor(Role role) {
		return new Actor(AccountId.of(UUID.randomUUID()), role.name().toLowerCase(), PersonId.of(UUID.randomUUID()),
				role.name(), Set.of(role));
	}

}
