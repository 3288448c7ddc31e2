package io.cocareer.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.identity.AccountView;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

@Entity
@Table(name = "account")
public class Account {

	@Id
	private UUID id;

	private String username;

	private String passwordHash;

	private UUID personId;

	private String displayName;

	private boolean enabled;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	protected Account() {
		// for JPA
	}

	public Account(String username, String passwordHash, UUID personId, String displayName, Set<Role> roles,
			Instant now) {
		roles = withoutBlanks(roles);
		if (roles.isEmpty()) {
			throw new BusinessRuleViolation("identity.rule.noRole", "An account needs at least one role");
		}
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.personId = personId;
		this.displayName = displayName;
		this.roles = new HashSet<>(roles);
		this.enabled = true;
		this.createdAt = now;
	}

	public void changeRoles(Set<Role> roles) {
		roles = withoutBlanks(roles);
		if (roles.isEmpty()) {
			throw new BusinessRuleViolation("identity.rule.noRole", "An account needs at least one role");
		}
		this.roles = new HashSet<>(roles);
	}

	/** An empty role value in a form or JSON body binds to null: it is no role, not a broken row. */
	private static Set<Role> withoutBlanks(Set<Role> roles) {
		Set<Role> clean = EnumSet.noneOf(Role.class);
		if (roles != null) {
			roles.stream().filter(java.util.Objects::nonNull).forEach(clean::add);
		}
		return clean;
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void enable(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * The account of an erased person: it can no longer sign in, and its name says nothing of
	 * them (both were copies of their name or email). The row stays, as tours and notes refer to
	 * the account that wrote them.
	 */
	public void erase() {
		this.username = erasedUsername();
		this.displayName = "";
		this.enabled = false;
	}

	public boolean isErased() {
		return this.username.equals(erasedUsername());
	}

	private String erasedUsername() {
		return "erased-" + this.id.toString().replace("-", "");
	}

	public UUID id() {
		return this.id;
	}

	public String username() {
		return this.username;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public UUID personId() {
		return this.personId;
	}

	public Actor toActor() {
		return new Actor(AccountId.of(this.id), this.username, PersonId.ofNullable(this.personId), this.displayName,
				this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles));
	}

	public AccountView toView() {
		return new AccountView(this.id, this.username, this.displayName, this.personId, Set.copyOf(this.roles),
				this.enabled, this.createdAt);
	}

}
