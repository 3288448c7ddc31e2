package io.cocareer.alumni.entry;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.entry.internal.EntryAccess;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads the alumni welcome, who acknowledges it, and whose the coverage is: EntryAccess alone decides. */
class EntryAccessTests {

	private final EntryAccess access = new EntryAccess();

	private static Actor actor(Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u", PersonId.of(UUID.randomUUID()), "U", Set.of(roles));
	}

	private static final Actor ADMIN = new Actor(AccountId.of(UUID.randomUUID()), "admin", null, "Admin", Set.of(Role.ADMIN));

	@Test
	void staffAndAlumniReadTheWelcomeButOnlyStaffAcknowledgeIt() {
		for (Role role : Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT)) {
			assertThat(this.access.mayReadWelcome(actor(role))).isTrue();
			assertThat(this.access.mayAcknowledge(actor(role))).isTrue();
		}
		assertThat(this.access.mayReadWelcome(actor(Role.ALUMNUS))).isTrue();
		assertThat(this.access.mayAcknowledge(actor(Role.ALUMNUS))).isFalse();
		assertThat(this.access.mayReadWelcome(ADMIN)).isFalse();
		assertThat(this.access.mayAcknowledge(ADMIN)).isFalse();
		assertThatThrownBy(() -> this.access.requireWelcome(ADMIN)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void theCoverageIsTheTalentLeadsAlone() {
		assertThat(this.access.mayReadCoverage(actor(Role.TALENT_LEAD))).isTrue();
		assertThat(this.access.mayReadCoverage(actor(Role.MANAGER))).isFalse();
		assertThat(this.access.mayReadCoverage(actor(Role.TALENT))).isFalse();
		assertThat(this.access.mayReadCoverage(actor(Role.ALUMNUS))).isFalse();
		assertThat(this.access.mayReadCoverage(ADMIN)).isFalse();
		assertThatThrownBy(() -> this.access.requireCoverage(actor(Role.MANAGER))).isInstanceOf(PermissionDenied.class);
	}

}
