package io.cocareer.shared.web;

import java.util.List;

import io.cocareer.shared.Actor;

/**
 * A module's links in the navigation bar, as a bean in the module: the layout renders what every
 * module contributes and names no module's pages. A contributor applies its own access policy:
 * it returns only the links the reader may follow.
 */
public interface NavigationContributor {

	List<NavigationItem> navigation(Actor reader);

	/**
	 * What the module puts in the bar beside the user's menu (the notification bell): fragments
	 * of its own templates, rendered in their order.
	 */
	default List<PageSection> widgets(Actor reader) {
		return List.of();
	}

}
