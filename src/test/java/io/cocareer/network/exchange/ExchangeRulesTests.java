package io.cocareer.network.exchange;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cocareer.network.exchange.internal.ExchangeAccess;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The exchange's small rules: Kram's type by kind, and who takes part. */
class ExchangeRulesTests {

	private final ExchangeAccess access = new ExchangeAccess();

	@Test
	void eachKindSuggestsKramsTypeOfSupport() {
		assertThat(ResourceKind.INTRODUCTION.defaultType()).isEqualTo(SupportType.INSTRUMENTAL);
		assertThat(ResourceKind.EVENTS_AND_TICKETS.defaultType()).isEqualTo(SupportType.INSTRUMENTAL);
		assertThat(ResourceKind.SUPPORT.defaultType()).isEqualTo(SupportType.PSYCHOSOCIAL);
		assertThat(ItemDirection.OFFER.opposite()).isEqualTo(ItemDirection.REQUEST);
	}

	@Test
	void staffWithAPersonTakePartAndAdministratorsAndAlumniDoNot() {
		assertThat(this.access.mayUseExchange(actor(true, Role.TALENT))).isTrue();
		assertThat(this.access.mayUseExchange(actor(true, Role.MANAGER))).isTrue();
		assertThat(this.access.mayUseExchange(actor(true, Role.TALENT_LEAD))).isTrue();
		assertThat(this.access.mayUseExchange(actor(false, Role.TALENT_LEAD))).isFalse();
		assertThat(this.access.mayUseExchange(actor(false, Role.ADMIN))).isFalse();
		assertThat(this.access.mayUseExchange(actor(true, Role.ADMIN))).isFalse();
		assertThat(this.access.mayUseExchange(actor(true, Role.ALUMNUS))).isFalse();
		assertThat(this.access.mayPostForOrganisation(actor(true, Role.TALENT_LEAD))).isTrue();
		assertThat(this.access.mayPostForOrganisation(actor(true, Role.MANAGER, Role.TALENT))).isFalse();
	}

	private static Actor actor(boolean person, Role... roles) {
		return new Actor(new AccountId(java.util.UUID.randomUUID()), "someone",
				person ? PersonId.of(java.util.UUID.randomUUID()) : null, "Someone", Set.of(roles));
	}

}
