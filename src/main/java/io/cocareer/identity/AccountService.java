package io.cocareer.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.cocareer.identity.internal.Account;
import io.cocareer.identity.internal.AccountRepository;
import io.cocareer.identity.internal.WebSessions;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: created by an administrator (or the demo loader), one per person at most. Only an
 * administrator manages accounts; everybody may change their own password.
 */
@Service
@Transactional
public class AccountService {

	public static final int MIN_PASSWORD_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Lower-case letters, digits, dot, dash and underscore: safe in URLs, logs and the audit log. */
	public static final String USERNAME_PATTERN = "[a-z0-9._-]{2,60}";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PeopleDirectory people;

	private final JdbcClient jdbc;

	private final WebSessions sessions;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock,
			PeopleDirectory people, JdbcClient jdbc, WebSessions sessions) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
		this.people = people;
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	/** An administrator opens an account for the person with the command's employee id. */
	public UUID create(Actor actor, CreateAccount command) {
		requireAdministrator(actor);
		String employeeId = (command.employeeId() == null) ? "" : command.employeeId().strip();
		PersonView person = this.people.findByEmployeeId(employeeId)
			.orElseThrow(() -> new InvalidInput("employeeId", "identity.account.personUnknown",
					"No person has the employee id %s".formatted(employeeId), employeeId));
		if (command.username() == null || !command.username().strip().matches(USERNAME_PATTERN)) {
			throw new InvalidInput("username", "identity.account.usernameInvalid",
					"A user name has 2 to 60 lower-case letters, digits, dots, dashes or underscores");
		}
		requireStrong(command.password(), "password");
		if (command.roles().isEmpty()) {
			throw new InvalidInput("roles", "identity.rule.noRole", "An account needs at least one role");
		}
		return create(command.username(), command.password(), person.id(), person.fullName(), command.roles());
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
		this.events.publishEvent(AuditEvent.open("account.created", "account", account.id(), AuditEvent.text(name),
				roleNames(roles)));
		return account.id();
	}

	/**
	 * Opens the alumni portal to a person who has left, at the end of their exit protocol with
	 * their consent ({@code alumni.exit}, in the transaction that records the leaving): their
	 * existing account gets the alumnus role (the staff roles it lost at the leaving stay off) and is
	 * enabled again; without one, an account with the alumnus role alone is created, its user name
	 * made of the consented email, its password a random one returned once for the talent lead to
	 * hand over (the platform has no first sign-in mail; the alumnus changes it under their account).
	 * An erased person's account is never reopened.
	 */
	public AlumniAccess openAlumniAccess(PersonId personId, String email) {
		Optional<Account> existing = this.accounts.findByPersonId(personId.value());
		if (existing.isPresent()) {
			Account account = existing.get();
			if (account.isErased()) {
				throw new BusinessRuleViolation("identity.alumni.erased", "This person was erased: their account stays closed");
			}
			// the only role that is not staff's: whatever staff roles it still holds stay off
			account.changeRoles(Set.of(Role.ALUMNUS));
			account.enable(true);
			this.events.publishEvent(AuditEvent.open("account.alumniAccessOpened", "account", account.id(),
					AuditEvent.text(account.username())));
			return new AlumniAccess(account.username(), null);
		}
		PersonView person = this.people.get(personId);
		String username = freeUsername(email);
		String password = oneTimePassword();
		UUID accountId = create(username, password, personId.value(), person.fullName(), Set.of(Role.ALUMNUS));
		this.events.publishEvent(AuditEvent.open("account.alumniAccessOpened", "account", accountId,
				AuditEvent.text(username)));
		return new AlumniAccess(username, password);
	}

	/** A user name made of the email's local part, with a number after it when it is taken. */
	private String freeUsername(String email) {
		String local = (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
		int at = local.indexOf('@');
		local = ((at > 0) ? local.substring(0, at) : local).replaceAll("[^a-z0-9._-]", "");
		if (local.length() < 2) {
			local = "alumnus";
		}
		local = local.substring(0, Math.min(local.length(), 50));
		String candidate = local;
		for (int i = 2; this.accounts.existsByUsernameIgnoreCase(candidate); i++) {
			candidate = local + i;
		}
		return candidate;
	}

	private static String oneTimePassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return password.toString();
	}

	/** For bulk loaders: the hash is computed once by the caller and reused. */
	public String hash(String rawPassword) {
		return this.passwords.encode(rawPassword);
	}

	/** Every account with its person, for the administration pages: two statements whatever the size. */
	@Transactional(readOnly = true)
	public List<AccountOverview> overview(Actor actor) {
		requireAdministrator(actor);
		List<AccountView> all = all();
		Map<UUID, PersonSummary> persons = this.people
			.summaries(all.stream().map(AccountView::personId).filter(Objects::nonNull).toList());
		return all.stream()
			.map((account) -> new AccountOverview(account,
					(account.personId() != null) ? persons.get(account.personId()) : null))
			.toList();
	}

	@Transactional(readOnly = true)
	public AccountOverview overview(Actor actor, UUID accountId) {
		requireAdministrator(actor);
		AccountView account = get(accountId);
		PersonSummary person = (account.personId() != null)
				? this.people.summaries(List.of(account.personId())).get(account.personId()) : null;
		return new AccountOverview(account, person);
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
	public Optional<AccountView> findByPerson(PersonId personId) {
		return this.accounts.findByPersonId(personId.value()).map(Account::toView);
	}

	/** The enabled accounts of these people (a person has at most one); people without one are left out. */
	@Transactional(readOnly = true)
	public List<AccountRef> enabledAccountsOf(Collection<UUID> personIds) {
		List<UUID> ids = List.copyOf(new HashSet<>(personIds));
		List<AccountRef> result = new ArrayList<>();
		// chunked, so an IN list never exceeds what a driver accepts
		for (int from = 0; from < ids.size(); from += 1000) {
			result.addAll(this.jdbc.sql("select id, person_id from account where enabled = true and person_id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((rs, row) -> new AccountRef(AccountId.of(rs.getObject("id", UUID.class)),
						PersonId.ofNullable(rs.getObject("person_id", UUID.class))))
				.list());
		}
		return result;
	}

	/** Every enabled account holding at least one of these roles, each once. */
	@Transactional(readOnly = true)
	public List<AccountRef> enabledAccountsHolding(Collection<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.id, a.person_id from account a
				where a.enabled = true
				and exists (select 1 from account_role r where r.account_id = a.id and r.role in (:roles))""")
			.param("roles", roles.stream().map(Role::name).distinct().toList())
			.query((rs, row) -> new AccountRef(AccountId.of(rs.getObject("id", UUID.class)),
						PersonId.ofNullable(rs.getObject("person_id", UUID.class))))
			.list();
	}

	@Transactional(readOnly = true)
	public AccountView get(UUID accountId) {
		return load(accountId).toView();
	}

	public void changeRoles(Actor actor, UUID accountId, Set<Role> roles) {
		requireAdministrator(actor);
		Account account = load(accountId);
		if (actor.accountId().equals(AccountId.of(accountId)) && !roles.contains(Role.ADMIN) && actor.isAdministrator()) {
			throw new BusinessRuleViolation("identity.rule.keepOwnAdmin", "You cannot remove your own administrator role");
		}
		account.changeRoles(roles);
		// sessions keep the roles they signed in with: end them so the change applies at once
		signOutEverywhere(account.username());
		this.events.publishEvent(AuditEvent.open("account.rolesChanged", "account", accountId,
				AuditEvent.text(account.username()), roleNames(roles)));
	}

	public void setEnabled(Actor actor, UUID accountId, boolean enabled) {
		requireAdministrator(actor);
		if (actor.accountId().equals(AccountId.of(accountId)) && !enabled) {
			throw new BusinessRuleViolation("identity.rule.keepOwnAccount", "You cannot disable your own account");
		}
		Account account = load(accountId);
		account.enable(enabled);
		if (!enabled) {
			signOutEverywhere(account.username());
		}
		this.events.publishEvent(AuditEvent.open(enabled ? "account.enabled" : "account.disabled", "account", accountId,
				AuditEvent.text(account.username())));
	}

	public void resetPassword(Actor actor, UUID accountId, String rawPassword) {
		requireAdministrator(actor);
		requireStrong(rawPassword, "password");
		Account account = load(accountId);
		account.changePasswordHash(this.passwords.encode(rawPassword));
		signOutEverywhere(account.username());
		this.events.publishEvent(AuditEvent.open("account.passwordReset", "account", accountId,
				AuditEvent.text(account.username())));
	}

	public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		Account account = load(actor.accountId().value());
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInput("currentPassword", "identity.password.wrong", "The current password is not right");
		}
		requireStrong(newPassword, "newPassword");
		account.changePasswordHash(this.passwords.encode(newPassword));
		this.events.publishEvent(AuditEvent.open("account.passwordChanged", "account", actor.accountId()));
	}

	/** The roles by their names in the reader's language, in a stable order. */
	private static AuditEvent.Argument roleNames(Set<Role> roles) {
		return AuditEvent.terms(new TreeSet<>(roles).stream().map((role) -> "role." + role.name()).toList());
	}

	private void signOutEverywhere(String username) {
		this.sessions.endAll(username);
	}

	private static void requireAdministrator(Actor actor) {
		if (actor == null || !actor.isAdministrator()) {
			throw new PermissionDenied("shared.denied", "Only an administrator manages accounts");
		}
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
