package io.cocareer.shared.web;

import java.util.List;
import java.util.UUID;

import io.cocareer.shared.Actor;

/**
 * A module's contribution to the pages other modules own (homes, a talent's profile): a bean the
 * owning page asks for its sections, so that the page depends on no feature module and a new
 * module adds to a page without editing it. A contributor applies its own access policy: it
 * returns only what the reader may read, and nothing at all for a slot it has nothing for.
 */
public interface PageSectionContributor {

	/**
	 * @param slot where the sections go
	 * @param reader who reads the page
	 * @param subject the person the page is about (a profile's talent); {@code null} on a home
	 */
	List<PageSection> sections(PageSlot slot, Actor reader, UUID subject);

}
