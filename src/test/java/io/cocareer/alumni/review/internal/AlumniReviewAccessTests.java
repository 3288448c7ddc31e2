package io.cocareer.alumni.review.internal;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AlumniReviewAccessTests {

	private final AlumniReviewAccess access = new AlumniReviewAccess();

	@Test
	void theTalentLeadReadsTheReview() {
		assertThat(this.access.mayReview(SignedIn.actor(Role.TALENT_LEAD))).isTrue();
		this.access.requireReviewer(SignedIn.actor(Role.TALENT_LEAD));
	}

	@Test
	void nobodyElseDoesNorDoesAnyoneUnknown() {
		for (Role role : new Role[] { Role.MANAGER, Role.TALENT, Role.ALUMNUS, Role.ADMIN }) {
			assertThat(this.access.mayReview(SignedIn.actor(role))).as(role.name()).isFalse();
			assertThatExceptionOfType(PermissionDenied.class)
				.isThrownBy(() -> this.access.requireReviewer(SignedIn.actor(role)))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("alumni.review.denied"));
		}
		assertThat(this.access.mayReview(null)).isFalse();
	}

}
