package io.cocareer.tour.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.web.PageSection;

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
	 * @param sections the cards it adds to the package's page, each rendered by a fragment of the
	 * contributing module's own templates (they may also read the page's {@code pkg} and
	 * {@code proposable}: the package, and the listed people the reader may propose a tour for)
	 * @param listed the people it lists, whom the page offers to propose a tour for
	 */
	record PackagePart(List<PageSection> sections, Set<UUID> listed) {

		public PackagePart {
			sections = List.copyOf(sections);
			listed = Set.copyOf(listed);
		}

	}

}
