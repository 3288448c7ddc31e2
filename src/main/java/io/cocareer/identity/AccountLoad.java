package io.cocareer.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the accounts of an organisation generated into an empty database (the demo accounts),
 * with the ids the generator chose, so the same seed gives the same accounts on every machine.
 * Trusted by design and checks no actor: its one caller is the demo module's generator, at start.
 */
@Service
public class AccountLoad {

	private final JdbcTemplate jdbc;

	public AccountLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An enabled account with an already hashed password ({@link AccountService#hash}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void account(AccountId accountId, String username, String passwordHash, PersonId personId,
			String displayName, Set<Role> roles, Instant createdAt) {
		this.jdbc.update("""
				insert into account (id, username, password_hash, person_id, display_name, enabled, created_at, version)
				values (?, ?, ?, ?, ?, true, ?, 0)""", accountId.value(), username, passwordHash,
				PersonId.valueOf(personId), displayName, Timestamp.from(createdAt));
		for (Role role : roles) {
			this.jdbc.update("insert into account_role (account_id, role) values (?, ?)", accountId.value(), role.name());
		}
	}

}
