package io.cocareer.shared.web;

import java.util.List;

/**
 * The gates a module puts on its own URLs, as a bean in the module: identity's security
 * configuration applies every module's gates and knows none of their URLs. Each module guards
 * only paths under its own prefixes, so the gates of different modules never overlap; within a
 * module, the first gate that matches a request decides, so list the narrower paths first. A
 * path no gate claims is for signed-in users only (a page) or for staff only (under
 * {@code /api/}).
 */
public interface UrlGateContributor {

	/** Gates on pages and their forms: the session-based web chain. */
	default List<UrlGate> pageGates() {
		return List.of();
	}

	/** Gates on the JSON API under {@code /api/}: the stateless chain. */
	default List<UrlGate> apiGates() {
		return List.of();
	}

}
