package io.cocareer.shared.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cocareer.shared.Role;

/**
 * A coarse rule on the URLs of one module: who may reach them at all. What a reader may see or
 * do there is the module's access policy; the gate only keeps out whole roles early (a talent
 * never reaches the accounts administration, an administrator never reaches the tours pages).
 * @param paths Spring path patterns, such as {@code /tours/**}
 * @param access whether the paths are open to anyone, to everyone signed in, or to some roles
 * @param roles the roles let in when {@code access} is {@link Access#ROLES}
 */
public record UrlGate(List<String> paths, Access access, Set<Role> roles) {

	public UrlGate {
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("A gate guards at least one path");
		}
		if ((access == Access.ROLES) == roles.isEmpty()) {
			throw new IllegalArgumentException("Roles go with Access.ROLES, and only with it");
		}
		paths = List.copyOf(paths);
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/** Open to anyone, signed in or not (static files, the sign-in page). */
	public static UrlGate open(String... paths) {
		return new UrlGate(Arrays.asList(paths), Access.OPEN, Set.of());
	}

	/** Open to everyone signed in, whatever their role. */
	public static UrlGate signedIn(String... paths) {
		return new UrlGate(Arrays.asList(paths), Access.SIGNED_IN, Set.of());
	}

	/** Open to those signed in with any of the roles. */
	public static UrlGate roles(Set<Role> roles, String... paths) {
		return new UrlGate(Arrays.asList(paths), Access.ROLES, roles);
	}

	public enum Access {

		OPEN, SIGNED_IN, ROLES

	}

}
