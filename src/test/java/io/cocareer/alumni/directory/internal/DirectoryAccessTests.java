package io.cocareer.alumni.directory.internal;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads the directory, keeps a profile and manages the relations: one policy, deny by default. */
class DirectoryAccessTests {

	private final DirectoryAccess access = new DirectoryAccess();

	private static Actor actor(UUID personId, Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u", (personId != null) ? PersonId.of(personId) : null, "U",
				Set.of(roles));
	}

	@Test
	void anAlumnusReadsTheDirectoryAndKeepsTheirProfileButManagesNoRelations() {
		UUID me = UUID.randomUUID();
		Actor alumnus = actor(me, Role.ALUMNUS);
		assertThat(this.access.mayUseDirectory(alumnus)).isTrue();
		assertThat(this.access.mayKeepProfile(alumnus)).isTrue();
		assertThat(this.access.seesEveryone(alumnus)).isFalse();
		assertThat(this.access.mayManageRelations(alumnus)).isFalse();
		assertThat(this.access.alumnus(alumnus)).isEqualTo(me);
		assertThatThrownBy(() -> this.access.lead(alumnus)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void anAlumnusReadsOnlyListedAlumniWhoseConsentHoldsAndTheirOwn() {
		UUID me = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		Actor alumnus = actor(me, Role.ALUMNUS);
		assertThat(this.access.mayRead(alumnus, other, true, true)).isTrue();
		assertThat(this.access.mayRead(alumnus, other, false, true)).as("unlisted").isFalse();
		assertThat(this.access.mayRead(alumnus, other, true, false)).as("consent withdrawn").isFalse();
		assertThat(this.access.mayRead(alumnus, me, false, false)).as("their own").isTrue();
		assertThatThrownBy(() -> this.access.requireReadable(alumnus, other, false, true))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theTalentLeadReadsEveryoneAndManagesTheRelationsButKeepsNoProfile() {
		Actor lead = actor(UUID.randomUUID(), Role.TALENT_LEAD);
		assertThat(this.access.seesEveryone(lead)).isTrue();
		assertThat(this.access.mayManageRelations(lead)).isTrue();
		assertThat(this.access.mayRead(lead, UUID.randomUUID(), false, false)).isTrue();
		assertThat(this.access.mayKeepProfile(lead)).isFalse();
		assertThatThrownBy(() -> this.access.alumnus(lead)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void managersTalentsAndAdministratorsSeeNothing() {
		for (Actor staff : new Actor[] { actor(UUID.randomUUID(), Role.MANAGER), actor(UUID.randomUUID(), Role.TALENT),
				actor(null, Role.ADMIN), actor(UUID.randomUUID(), Role.MANAGER, Role.TALENT) }) {
			assertThat(this.access.mayUseDirectory(staff)).isFalse();
			assertThat(this.access.mayRead(staff, UUID.randomUUID(), true, true)).isFalse();
			assertThatThrownBy(() -> this.access.reader(staff)).isInstanceOf(PermissionDenied.class);
			assertThatThrownBy(() -> this.access.alumnus(staff)).isInstanceOf(PermissionDenied.class);
			assertThatThrownBy(() -> this.access.lead(staff)).isInstanceOf(PermissionDenied.class);
		}
	}

	@Test
	void anAlumnusBackOnStaffOrWithoutAPersonReadsAsStaff() {
		assertThat(this.access.mayUseDirectory(actor(UUID.randomUUID(), Role.ALUMNUS, Role.TALENT))).isFalse();
		assertThat(this.access.mayUseDirectory(actor(null, Role.ALUMNUS))).isFalse();
	}

}
