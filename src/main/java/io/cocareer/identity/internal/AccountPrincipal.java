package io.cocareer.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import io.cocareer.shared.Actor;
import io.cocareer.shared.ActorHolder;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: Spring Security's user plus our {@link Actor}. Stored in the session (serialised). */
public final class AccountPrincipal implements UserDetails, ActorHolder {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final String passwordHash;

	private final boolean enabled;

	public AccountPrincipal(Actor actor, String passwordHash, boolean enabled) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = this.actor.roles().stream()
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** Without the hash: what is kept in the session after sign-in. */
	AccountPrincipal withoutCredentials() {
		return new AccountPrincipal(this.actor, "", this.enabled);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.actor.accountId().equals(this.actor.accountId());
	}

	@Override
	public int hashCode() {
		return this.actor.accountId().hashCode();
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.actor.username() + "]";
	}

}
