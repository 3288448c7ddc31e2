package io.cocareer.identity;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.cocareer.shared.Role;

/** Accounts that belong to one test only, so tests never lock, disable or re-role the demo accounts. */
final class IdentityFixtures {

	static final String PASSWORD = "correct-horse";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private IdentityFixtures() {
	}

	/** A unique user name per call (and per test run). */
	static String uniqueUsername(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A fresh account without a person, with the given roles and the password {@link #PASSWORD}. */
	static String freshAccount(AccountService accounts, String prefix, Role... roles) {
		String username = uniqueUsername(prefix);
		accounts.create(username, PASSWORD, null, "Test " + prefix, Set.of(roles));
		return username;
	}

}
