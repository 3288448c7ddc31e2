package io.cocareer.toolbox.overview.internal;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.PermissionDenied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who sees the overview and which infographic: the table of {@link OverviewAccess}. */
class OverviewAccessTests {

	private final OverviewAccess access = new OverviewAccess();

	@ParameterizedTest(name = "{0} with a person {1}: overview {2}, generic {3}, organisation {4}")
	@CsvSource({
			"TALENT_LEAD, true,  true,  true,  true",
			"MANAGER,     true,  false, true,  false",
			"TALENT,      true,  false, true,  false",
			"ADMIN,       true,  false, false, false",
			"ALUMNUS,     true,  false, false, false",
			"TALENT_LEAD, false, false, false, false",
			"MANAGER,     false, false, false, false" })
	void decides(Role role, boolean withPerson, boolean overview, boolean generic, boolean organisation) {
		Actor actor = new Actor(AccountId.of(UUID.randomUUID()), "someone",
				withPerson ? PersonId.of(UUID.randomUUID()) : null, "Someone", Set.of(role));

		assertThat(this.access.mayReadOverview(actor)).isEqualTo(overview);
		assertThat(this.access.mayDownloadGeneric(actor)).isEqualTo(generic);
		assertThat(this.access.mayDownloadOrganisation(actor)).isEqualTo(organisation);
		if (overview) {
			assertThatNoException().isThrownBy(() -> this.access.requireOverview(actor));
		}
		else {
			assertThatThrownBy(() -> this.access.requireOverview(actor)).isInstanceOf(PermissionDenied.class);
		}
		if (!generic) {
			assertThatThrownBy(() -> this.access.requireGeneric(actor)).isInstanceOf(PermissionDenied.class);
		}
	}

}
