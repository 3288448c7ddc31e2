package io.cocareer.shared.web;

import java.util.Optional;

import io.cocareer.shared.Actor;

/**
 * Contribution point of the guidance beside a page: the steps of the toolbox's guidance that the
 * page at a path carries out, shown in a collapsed aside of the shared layout. The layout asks
 * every contributor for the page it renders (a GET of a signed-in reader), so that no module
 * depends on the one that explains it. A contributor applies its own access policy and returns
 * nothing for a reader who may not read the guidance or a path it has nothing for.
 */
public interface PageGuidanceContributor {

	/**
	 * @param path the page's path inside the application, such as {@code /tours/packages}
	 * @param reader who reads the page
	 * @return the aside, rendered by its own fragment like any {@link PageSection}
	 */
	Optional<PageSection> guidance(String path, Actor reader);

}
