package io.cocareer.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ModuleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity module on its own, the people module mocked: how it reacts when people tells it
 * that someone has left. Staff roles come off in the transaction that records the leaving (an
 * alumnus keeps the alumni space), an account left without a role is disabled, and its API tokens
 * are revoked. {@code LeavingEndsStaffAccessIntegrationTests} shows the same through sign-in.
 */
@ApplicationModuleTest
@ModuleTest
class IdentityModuleTests {

	@MockitoBean
	PeopleDirectory people;

	@MockitoBean
	PeopleService peopleService;

	@Autowired
	AccountRepository accounts;

	@Autowired
	ApiTokenRepository tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStaffMemberWhoLeavesLosesTheAccountAndItsTokens(Scenario scenario) {
		UUID person = person();
		Account account = this.accounts.save(account(person, EnumSet.of(Role.TALENT, Role.MANAGER)));
		this.tokens.save(new ApiToken(account.id(), "laptop", "hash-" + person, "cc_" + key(person),
				Instant.now()));

		scenario.publish(new PersonLeft(PersonId.of(person), LocalDate.of(2026, 3, 31)))
			.andWaitForStateChange(() -> this.accounts.findById(account.id()).orElseThrow().isEnabled(),
					(enabled) -> !enabled)
			.andVerify((enabled) -> assertThat(enabled).isFalse());
		assertThat(this.tokens.findByAccountIdOrderByCreatedAtDesc(account.id())).singleElement()
			.satisfies((revoked) -> assertThat(revoked.isActive()).isFalse());
	}

	@Test
	void anAlumnusWhoWasAlsoStaffKeepsTheAlumniSpaceOnly(Scenario scenario) {
		UUID person = person();
		Account account = this.accounts.save(account(person, EnumSet.of(Role.TALENT, Role.ALUMNUS)));

		scenario.publish(new PersonLeft(PersonId.of(person), LocalDate.of(2026, 3, 31)))
			.andWaitForStateChange(() -> this.accounts.findById(account.id()).orElseThrow().toActor().roles(),
					(roles) -> !roles.contains(Role.TALENT))
			.andVerify((roles) -> assertThat(roles).containsExactly(Role.ALUMNUS));
		assertThat(this.accounts.findById(account.id()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void someoneWithoutAnAccountLeavesWithoutAnyChangeToOthers(Scenario scenario) {
		UUID leaver = person();
		UUID colleague = person();
		Account colleagues = this.accounts.save(account(colleague, EnumSet.of(Role.TALENT)));

		scenario.publish(new PersonLeft(PersonId.of(leaver), LocalDate.of(2026, 3, 31)))
			.andWaitForStateChange(() -> this.accounts.findById(colleagues.id()).orElseThrow().isEnabled())
			.andVerify((enabled) -> assertThat(enabled).isTrue());
		assertThat(this.accounts.findByPersonId(leaver)).isEmpty();
	}

	@Test
	void anErasedPersonsAccountIsLockedRenamedAndLosesItsTokens(Scenario scenario) {
		UUID person = person();
		Account account = this.accounts.save(account(person, EnumSet.of(Role.ALUMNUS)));
		this.tokens.save(new ApiToken(account.id(), "laptop", "hash-" + person, "cc_" + key(person),
				Instant.now()));

		scenario.publish(new PersonErased(person, LocalDate.of(2026, 5, 1)))
			.andWaitForStateChange(() -> this.accounts.findById(account.id()).orElseThrow().isErased(), (erased) -> erased)
			.andVerify((erased) -> assertThat(erased).isTrue());
		Account erased = this.accounts.findById(account.id()).orElseThrow();
		assertThat(erased.isEnabled()).isFalse();
		assertThat(erased.username()).doesNotContain(key(person));
		assertThat(erased.toView().displayName()).isEmpty();
		assertThat(this.tokens.findByAccountIdOrderByCreatedAtDesc(account.id())).isEmpty();
	}

	private static Account account(UUID person, Set<Role> roles) {
		return new Account("im" + key(person), "{noop}unused", person, "Ida Module", roles, Instant.now());
	}

	private static String key(UUID person) {
		return person.toString().substring(0, 8);
	}

	/** A person (by SQL: the people module is not started here) the account belongs to. */
	private UUID person() {
		UUID person = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person (id, employee_id, email, first_name, last_name, hire_date, status, search_text,
				  created_at, updated_at, version)
				values (:id, :key, :email, 'Ida', 'Module', date '2020-01-15', 'ACTIVE', 'ida module', :now, :now, 0)""")
			.param("id", person)
			.param("key", "IM" + key(person))
			.param("email", "im" + key(person) + "@test.cocareer.io")
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return person;
	}

}
