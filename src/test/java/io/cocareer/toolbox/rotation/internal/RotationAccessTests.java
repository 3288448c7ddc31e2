package io.cocareer.toolbox.rotation.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The table of who may see and do what with a rotation plan. */
class RotationAccessTests {

	private final RotationAccess access = new RotationAccess();

	private final UUID report = UUID.randomUUID();

	private final UUID other = UUID.randomUUID();

	private final RotationPlan plan = RotationPlan.draft("Plan", UUID.randomUUID(), Set.of(this.report, this.other),
			Instant.now());

	@Test
	void theLeadPlansAndReadsEverything() {
		Actor lead = actor(Role.TALENT_LEAD);
		assertThat(this.access.mayPlan(lead)).isTrue();
		assertThat(this.access.mayEdit(lead, this.plan)).isTrue();
		assertThat(this.access.visiblePeople(lead, this.plan, Set.of())).containsExactlyInAnyOrder(this.report, this.other);
	}

	@Test
	void aManagerReadsTheirReportsLinesOnlyAndChangesNothing() {
		Actor manager = actor(Role.MANAGER, Role.TALENT);
		assertThat(this.access.mayPlan(manager)).isFalse();
		assertThat(this.access.mayEdit(manager, this.plan)).isFalse();
		assertThat(this.access.mayRead(manager, this.plan, Set.of(this.report))).isTrue();
		assertThat(this.access.visiblePeople(manager, this.plan, Set.of(this.report))).containsExactly(this.report);
		assertThat(this.access.mayRead(manager, this.plan, Set.of(UUID.randomUUID()))).isFalse();
		assertThatThrownBy(() -> this.access.readable(manager, this.plan, Set.of())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void talentsAdministratorsAndAlumniSeeNoPlan() {
		for (Actor nobody : new Actor[] { actor(Role.TALENT), actor(Role.ADMIN), actor(Role.ALUMNUS) }) {
			assertThat(this.access.mayUse(nobody)).isFalse();
			assertThat(this.access.mayPlan(nobody)).isFalse();
			assertThat(this.access.mayRead(nobody, this.plan, Set.of(this.report))).isFalse();
			assertThat(this.access.visiblePeople(nobody, this.plan, Set.of(this.report))).isEmpty();
		}
	}

	@Test
	void aConfirmedPlanIsReadOnlyEvenForTheLead() {
		this.plan.confirmed(UUID.randomUUID(), Instant.now());
		assertThat(this.access.mayEdit(actor(Role.TALENT_LEAD), this.plan)).isFalse();
	}

	private static Actor actor(Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "someone", PersonId.of(UUID.randomUUID()), "Someone",
				Set.of(roles));
	}

}
