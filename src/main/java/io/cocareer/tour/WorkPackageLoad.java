package io.cocareer.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Loads the demo's work packages and the interest already expressed in them into an empty
 * catalogue, in the transaction that creates the demo organisation. The catalogue
 * ({@code tour.catalogue}) writes its own tables; the tour declares what it is handed here because
 * the demo module may use a top-level module's API but never a nested module's types (as with
 * {@link TourPackages}). Trusted by design and checks no actor: its one caller is the demo
 * module's generator, at start, on an empty database.
 */
public interface WorkPackageLoad {

	/** Packages with their required competencies, each written as it was created, in the order given. */
	void packages(List<LoadedWorkPackage> packages);

	/** Interest people have expressed in the packages loaded. */
	void interest(List<LoadedInterest> interest);

	/**
	 * A work package to load; the catalogue decides whether its ratings make it weak.
	 * @param draft a draft only its creator and the talent lead see; otherwise open
	 * @param createdByAccount the account that created it, also its creator's person
	 * ({@code createdByPerson}) and its last editor, at {@code createdAt}
	 */
	record LoadedWorkPackage(UUID id, String title, String description, String expectedResults, UUID sponsorId,
			UUID unitId, LocalDate startOn, LocalDate endOn, int timeShare, int seats, TourType tourType, boolean draft,
			LoadedRating challenging, LoadedRating interesting, LoadedRating valuable, LoadedRating visible,
			List<LoadedRequirement> competencies, UUID createdByAccount, UUID createdByPerson, Instant createdAt) {

	}

	/** One of the four qualities, rated 1 to 5, with why. */
	record LoadedRating(int rating, String justification) {

	}

	/** A competency the package asks for, at a level from 1 to 5. */
	record LoadedRequirement(UUID competencyId, int requiredLevel) {

	}

	/** Interest a person expressed in a package, with their note. */
	record LoadedInterest(UUID id, UUID packageId, UUID personId, String note, Instant expressedAt) {

	}

}
