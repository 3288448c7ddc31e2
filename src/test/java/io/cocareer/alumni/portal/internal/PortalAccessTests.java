package io.cocareer.alumni.portal.internal;

import java.time.Instant;
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

/** Who sees and does what in the alumni portal: alumni their own, the talent lead the posts and referrals, nobody else anything. */
class PortalAccessTests {

	private final PortalAccess access = new PortalAccess();

	@Test
	void anAlumnusReadsPostsAndOnlyTheirOwnReferrals() {
		Actor alumnus = actor(Role.ALUMNUS);
		Referral own = new Referral(alumnus.personId().value(), null, "A role", "Cand", "c@example.org", "Why",
				Instant.now());
		Referral other = new Referral(UUID.randomUUID(), null, "A role", "Cand", "c@example.org", "Why", Instant.now());
		assertThat(this.access.mayReadPosts(alumnus)).isTrue();
		assertThat(this.access.mayManagePosts(alumnus)).isFalse();
		assertThat(this.access.mayManageReferrals(alumnus)).isFalse();
		assertThat(this.access.mayReadReferral(alumnus, own)).isTrue();
		assertThat(this.access.mayReadReferral(alumnus, other)).isFalse();
		assertThatThrownBy(() -> this.access.readable(alumnus, other)).isInstanceOf(NotFoundException.class);
		assertThat(this.access.requireAlumnus(alumnus)).isEqualTo(alumnus.personId().value());
		assertThatThrownBy(() -> this.access.requireLead(alumnus)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void theTalentLeadManagesPostsAndReferralsButIsNoAlumnus() {
		Actor lead = actor(Role.TALENT_LEAD);
		Referral any = new Referral(UUID.randomUUID(), null, "A role", "Cand", "c@example.org", "Why", Instant.now());
		assertThat(this.access.mayManagePosts(lead)).isTrue();
		assertThat(this.access.mayManageReferrals(lead)).isTrue();
		assertThat(this.access.mayReadReferral(lead, any)).isTrue();
		assertThatThrownBy(() -> this.access.requireAlumnus(lead)).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void managersTalentsAdministratorsAndAccountsWithoutAPersonSeeNothing() {
		Referral any = new Referral(UUID.randomUUID(), null, "A role", "Cand", "c@example.org", "Why", Instant.now());
		for (Actor someone : new Actor[] { actor(Role.MANAGER), actor(Role.TALENT), actor(Role.ADMIN),
				new Actor(AccountId.of(UUID.randomUUID()), "svc", null, "Service", Set.of(Role.TALENT_LEAD)),
				new Actor(AccountId.of(UUID.randomUUID()), "x", null, "X", Set.of(Role.ALUMNUS)) }) {
			assertThat(this.access.mayReadPosts(someone)).as(someone.roles().toString()).isFalse();
			assertThat(this.access.mayReadReferral(someone, any)).isFalse();
			assertThatThrownBy(() -> this.access.requireReader(someone)).isInstanceOf(PermissionDenied.class);
			assertThatThrownBy(() -> this.access.requireAlumnus(someone)).isInstanceOf(PermissionDenied.class);
		}
		// an alumnus who works here again (a staff role besides) uses the staff side, not the portal
		Actor boomerang = new Actor(AccountId.of(UUID.randomUUID()), "b", PersonId.of(UUID.randomUUID()), "B",
				Set.of(Role.ALUMNUS, Role.TALENT));
		assertThat(this.access.isAlumnus(boomerang)).isFalse();
	}

	private static Actor actor(Role role) {
		return new Actor(AccountId.of(UUID.randomUUID()), role.name().toLowerCase(), PersonId.of(UUID.randomUUID()),
				"Someone", Set.of(role));
	}

}
