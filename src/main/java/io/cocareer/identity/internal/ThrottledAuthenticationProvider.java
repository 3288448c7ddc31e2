package io.cocareer.identity.internal;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password sign-in (form and HTTP Basic) through the {@link LoginThrottle}. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AccountRepository accounts, StaffAccess staffAccess, PasswordEncoder encoder,
			LoginThrottle throttle) {
		// someone who has left signs in without staff roles (or not at all): see StaffAccess
		this.passwords = new DaoAuthenticationProvider((username) -> accounts.findByUsernameIgnoreCase(username)
			.map(staffAccess::principalOf)
			.orElseThrow(() -> new UsernameNotFoundException("No such account")));
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		LoginThrottle.Status status = this.throttle.status(username);
		if (status.isLocked()) {
			throw new LoginLockedException(status.lockedUntil());
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			if (status.hasFailures()) {
				// only then is there a count to clear: a clean sign-in (every Basic API call) writes nothing
				this.throttle.recordSuccess(username);
			}
			AccountPrincipal principal = ((AccountPrincipal) result.getPrincipal()).withoutCredentials();
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		}
		catch (BadCredentialsException | DisabledException ex) {
			// a disabled account is checked before its password: count it, or it could be guessed unthrottled
			this.throttle.recordFailure(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static class LoginLockedException extends LockedException {

		private final Instant until;

		LoginLockedException(Instant until) {
			super("Too many failed logins; locked until " + until);
			this.until = until;
		}

		Instant until() {
			return this.until;
		}

	}

}
