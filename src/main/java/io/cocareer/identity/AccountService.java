package io.cocareer.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.identity.internal.Account;
import io.cocareer.identity.internal.AccountRepository;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created by an administrator (or the demo loader), one per person at most. */
@Service
@Transactional
public class AccountService {

	public static final int MIN_PASSWORD_LENGTH = 8;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	public UUID create(String username, String rawPassword, UUID personId, String displayName, Set<Role> roles) {
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (this.accounts.existsByUsernameIgnoreCase(name)) {
			throw new BusinessRuleViolation("identity.rule.duplicateUsername", "User name %s is taken".formatted(name), name);
		}
		if (personId != null && this.accounts.findByPersonId(personId).isPresent()) {
			throw new BusinessRuleViolation("identity.rule.personHasAccount", "This person already has an account");
		}
		Account account = new Account(name, this.passwords.encode(rawPassword), personId, displayName.strip(), roles,
				this.clock.instant());
		this.accounts.save(account);
		this.events.publishEvent(new AuditEvent("account.created", "account", account.id().toString(), name + " " + roles));
		return account.id();
	}

	/** For bulk loaders: the hash is computed once by the caller and reused. */
	public String hash(String rawPassword) {
		return this.passwords.encode(rawPassword);
	}

	@Transactional(readOnly = true)
	public List<AccountView> all() {
		return this.accounts.findAll().stream()
			.map(Account::toView)
			.sorted(java.util.Comparator.comparing(AccountView::username))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).map(Account::toView);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByPerson(UUID personId) {
		return this.accounts.findByPersonId(personId).map(Account::toView);
	}

	@Transactional(readOnly = true)
	public AccountView get(UUID accountId) {
		return load(accountId).toView();
	}

	public void changeRoles(Actor actor, UUID accountId, Set<Role> roles) {
		Account account = load(accountId);
		if (actor.accountId().equals(accountId) && !roles.contains(Role.ADMIN) && actor.isAdministrator()) {
			throw new BusinessRuleViolation("identity.rule.keepOwnAdmin", "You cannot remove your own administrator role");
		}
		account.changeRoles(roles);
		this.events.publishEvent(new AuditEvent("account.rolesChanged", "account", accountId.toString(), roles.toString()));
	}

	public void setEnabled(Actor actor, UUID accountId, boolean enabled) {
		if (actor.accountId().equals(accountId) && !enabled) {
			throw new BusinessRuleViolation("identity.rule.keepOwnAccount", "You cannot disable your own account");
		}
		load(accountId).enable(enabled);
		this.events.publishEvent(new AuditEvent(enabled ? "account.enabled" : "account.disabled", "account",
				accountId.toString(), null));
	}

	public void resetPassword(UUID accountId, String rawPassword) {
		requireStrong(rawPassword, "password");
		load(accountId).changePasswordHash(this.passwords.encode(rawPassword));
		this.events.publishEvent(new AuditEvent("account.passwordReset", "account", accountId.toString(), null));
	}

	public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		Account account = load(actor.accountId());
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInput("currentPassword", "identity.password.wrong", "The current password is not right");
		}
		requireStrong(newPassword, "newPassword");
		account.changePasswordHash(this.passwords.encode(newPassword));
		this.events.publishEvent(new AuditEvent("account.passwordChanged", "account", actor.accountId().toString(), null));
	}

	private static void requireStrong(String rawPassword, String field) {
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new InvalidInput(field, "identity.password.tooShort",
					"A password needs at least %d characters".formatted(MIN_PASSWORD_LENGTH), MIN_PASSWORD_LENGTH);
		}
	}

	private Account load(UUID accountId) {
		return this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("identity.account.notFound", "Account not found"));
	}

}
