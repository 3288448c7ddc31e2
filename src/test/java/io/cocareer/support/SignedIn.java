package io.cocareer.support;

import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.ActorHolder;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A signed-in user for controller slice tests ({@code @WebMvcTest}): the principal carries the
 * {@link Actor} exactly as identity's does, so controllers get it as a parameter, while the
 * services behind them are mocks.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static Actor actor(Role role) {
		UUID person = UUID.nameUUIDFromBytes(("person-" + role).getBytes());
		UUID account = UUID.nameUUIDFromBytes(("account-" + role).getBytes());
		return new Actor(AccountId.of(account), role.name().toLowerCase(), PersonId.of(person), "Test " + role.name().toLowerCase(), Set.of(role));
	}

	public static RequestPostProcessor as(Actor actor) {
		Principal principal = new Principal(actor);
		RequestPostProcessor signedIn = authentication(new UsernamePasswordAuthenticationToken(principal, null,
				actor.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
		// with the form's token, as a page would send it (the slice's security asks for one on writes)
		return (request) -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
	}

	public static RequestPostProcessor as(Role role) {
		return as(actor(role));
	}

	private record Principal(Actor actor) implements ActorHolder {

	}

}
