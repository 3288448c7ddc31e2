package io.cocareer.tour.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.WorkPackageStatus;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The catalogue's filters and visibility rule as a query, so the database filters, counts and
 * pages (one statement for the page, one for the count) instead of the catalogue being read whole.
 */
public final class CatalogueQuery {

	/**
	 * Soonest start first, then by title ignoring case ({@code lower(title)}; the databases use a
	 * code-point collation here), then by id, so pages never overlap.
	 */
	public static final Sort ORDER = Sort.by(Sort.Order.asc("startOn"), Sort.Order.asc("title").ignoreCase(),
			Sort.Order.asc("id"));

	private CatalogueQuery() {
	}

	/** The text as a LIKE pattern that matches itself: "%" and "_" typed by a user are not wildcards. */
	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The packages someone may see that match the filters ({@code null} means any). Visibility:
	 * a DRAFT only for the talent lead and its creator; everything else for the staff (the caller
	 * checks that the actor is staff).
	 */
	public static Specification<WorkPackage> visible(boolean talentLead, UUID accountId, WorkPackageStatus status,
			UUID unitId, TourType tourType, Boolean weak, String words) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!talentLead) {
				Predicate notDraft = cb.notEqual(root.get("status"), WorkPackageStatus.DRAFT);
				where.add((accountId != null) ? cb.or(notDraft, cb.equal(root.get("createdByAccount"), accountId))
						: notDraft);
			}
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (unitId != null) {
				where.add(cb.equal(root.get("unitId"), unitId));
			}
			if (tourType != null) {
				where.add(cb.equal(root.get("tourType"), tourType));
			}
			if (weak != null) {
				where.add(cb.equal(root.get("weak"), weak));
			}
			if (words != null) {
				where.add(cb.like(cb.lower(root.get("title")), "%" + likeEscaped(words.toLowerCase(Locale.ROOT)) + "%",
						'\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
