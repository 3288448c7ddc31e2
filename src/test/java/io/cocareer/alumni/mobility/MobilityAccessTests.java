package io.cocareer.alumni.mobility;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.mobility.internal.CareerHorizon;
import io.cocareer.alumni.mobility.internal.MobilityAccess;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads and writes the mobility policy and the career horizons: MobilityAccess alone decides. */
class MobilityAccessTests {

	private final MobilityAccess access = new MobilityAccess();

	private static Actor actor(Role... roles) {
		return new Actor(AccountId.of(UUID.randomUUID()), "u", PersonId.of(UUID.randomUUID()), "U", Set.of(roles));
	}

	private static Actor administrator() {
		return new Actor(AccountId.of(UUID.randomUUID()), "admin", null, "Admin", Set.of(Role.ADMIN));
	}

	private static CareerHorizon horizonOf(Actor talent, boolean shared) {
		CareerHorizon horizon = new CareerHorizon(talent.personId().value());
		horizon.set(HorizonKind.EXPLORING_OUTSIDE, 12, "a note", shared, java.time.Instant.now());
		return horizon;
	}

	@Test
	void everyoneWhoWorksOrWorkedHereReadsThePolicyButNoAdministrator() {
		assertThat(this.access.mayReadPolicy(actor(Role.TALENT_LEAD))).isTrue();
		assertThat(this.access.mayReadPolicy(actor(Role.MANAGER))).isTrue();
		assertThat(this.access.mayReadPolicy(actor(Role.TALENT))).isTrue();
		assertThat(this.access.mayReadPolicy(actor(Role.ALUMNUS))).isTrue();
		assertThat(this.access.mayReadPolicy(administrator())).isFalse();
		assertThatThrownBy(() -> this.access.requireReadPolicy(administrator())).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void onlyATalentLeadPublishesThePolicy() {
		assertThat(this.access.mayPublishPolicy(actor(Role.TALENT_LEAD))).isTrue();
		assertThat(this.access.mayPublishPolicy(actor(Role.MANAGER))).isFalse();
		assertThat(this.access.mayPublishPolicy(actor(Role.TALENT))).isFalse();
		assertThat(this.access.mayPublishPolicy(actor(Role.ALUMNUS))).isFalse();
		assertThat(this.access.mayPublishPolicy(administrator())).isFalse();
	}

	@Test
	void aHorizonIsATalentsOwnAndNoAlumnusOrAdministratorHasOne() {
		assertThat(this.access.mayHaveHorizon(actor(Role.TALENT))).isTrue();
		assertThat(this.access.mayHaveHorizon(actor(Role.MANAGER))).isFalse();
		assertThat(this.access.mayHaveHorizon(actor(Role.ALUMNUS))).isFalse();
		assertThat(this.access.mayHaveHorizon(administrator())).isFalse();
		assertThatThrownBy(() -> this.access.requireOwnHorizon(actor(Role.ALUMNUS))).isInstanceOf(PermissionDenied.class);
	}

	@Test
	void theTalentAndTheLeadReadAHorizonAndTheManagerOnlyWhileItIsShared() {
		Actor talent = actor(Role.TALENT);
		Actor lead = actor(Role.TALENT_LEAD);
		Actor manager = actor(Role.MANAGER);
		CareerHorizon shared = horizonOf(talent, true);
		CareerHorizon kept = horizonOf(talent, false);

		assertThat(this.access.mayReadHorizon(talent, kept, false)).isTrue();
		assertThat(this.access.mayReadHorizon(lead, kept, false)).isTrue();
		assertThat(this.access.mayReadHorizon(manager, shared, true)).isTrue();
		assertThat(this.access.mayReadHorizon(manager, kept, true)).as("not shared").isFalse();
		assertThat(this.access.mayReadHorizon(manager, shared, false)).as("not their report").isFalse();
		assertThat(this.access.mayReadHorizon(actor(Role.TALENT), shared, false)).as("another talent").isFalse();
		assertThat(this.access.mayReadHorizon(actor(Role.ALUMNUS), shared, false)).isFalse();
		assertThat(this.access.mayReadHorizon(administrator(), shared, true)).isFalse();
	}

	@Test
	void theListOfHorizonsIsTheLeadsAndAManagersForTheirReportsOnly() {
		assertThat(this.access.mayReadAllHorizons(actor(Role.TALENT_LEAD))).isTrue();
		assertThat(this.access.mayReadAllHorizons(actor(Role.MANAGER))).isFalse();
		assertThat(this.access.mayReadHorizonList(actor(Role.MANAGER))).isTrue();
		assertThat(this.access.mayReadHorizonList(actor(Role.TALENT))).isFalse();
		assertThat(this.access.mayReadHorizonList(actor(Role.ALUMNUS))).isFalse();
		assertThat(this.access.mayReadHorizonList(administrator())).isFalse();
	}

	@Test
	void settingExploringOutsideSayItIsNewOnlyWhenTheKindOrTheMonthsChange() {
		CareerHorizon horizon = new CareerHorizon(UUID.randomUUID());
		java.time.Instant now = java.time.Instant.now();
		assertThat(horizon.set(HorizonKind.EXPLORING_INSIDE, null, null, false, now)).isFalse();
		assertThat(horizon.set(HorizonKind.EXPLORING_OUTSIDE, 12, null, false, now)).isTrue();
		assertThat(horizon.set(HorizonKind.EXPLORING_OUTSIDE, 12, "only the note", true, now)).isFalse();
		assertThat(horizon.set(HorizonKind.EXPLORING_OUTSIDE, 6, null, true, now)).isTrue();
		assertThat(horizon.set(HorizonKind.NONE, 6, null, true, now)).isFalse();
		assertThat(horizon.withinMonths()).as("months only for exploring outside").isNull();
	}

}
