package io.cocareer.identity.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.CreateAccount;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An empty role value (bound to null from a form or JSON) is no role: never a crash, never a broken row. */
class AccountTests {

	private static Set<Role> withBlank(Role... roles) {
		Set<Role> set = new HashSet<>(Arrays.asList(roles));
		set.add(null);
		return set;
	}

	@Test
	void aBlankRoleBesideARealOneIsDropped() {
		Account account = new Account("blank", "hash", null, "Blank", withBlank(Role.TALENT), Instant.EPOCH);

		assertThat(account.toView().roles()).containsExactly(Role.TALENT);
	}

	@Test
	void onlyABlankRoleIsNoRoleAtAll() {
		Account account = new Account("blank", "hash", null, "Blank", Set.of(Role.TALENT), Instant.EPOCH);

		assertThatThrownBy(() -> account.changeRoles(withBlank())).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aCreateAccountCommandDropsBlankRoles() {
		CreateAccount command = new CreateAccount("E1", "blank", "longenough1", withBlank(Role.MANAGER));

		assertThat(command.roles()).containsExactly(Role.MANAGER);
	}

}
