package io.cocareer.tour;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;

/**
 * What another part of the tours adds to the work package pages: matching adds the suggestions
 * for a talent to the catalogue and the best candidates to a package's page. The pages declare
 * it and matching provides it, because matching reads the catalogue and so the catalogue must
 * not depend on matching. A section applies its own access policy and adds only what the reader
 * may see.
 */
public interface WorkPackagePageSection {

	/** The model attributes the section adds to the catalogue page for this reader. */
	Map<String, Object> onCatalogue(Actor reader);

	/** What the section adds to the page of a package the reader sees. */
	PackagePart onPackage(Actor reader, UUID packageId);

	/**
	 * @param attributes the model attributes it adds (a value may be {@code null})
	 * @param listed the people it lists, whom the page offers to propose a tour for
	 */
	record PackagePart(Map<String, Object> attributes, Set<UUID> listed) {

	}

}
