package io.cocareer.tour;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;

/**
 * What planning many tours at once asks of the tours (the toolbox's rotation planning): the open
 * packages of a type with their free seats, the matching scores of a cohort on them with their
 * explanations, and proposing a tour of a package. The talent lead's alone (anyone else is refused,
 * 403). Declared here because other modules may use the tour's root only; the nested modules answer
 * it ({@code tour.matching}, with the catalogue and the lifecycle).
 */
public interface TourPlanning {

	/** The OPEN packages of the type, soonest start first, each with its seats and those held. */
	List<OpenSeats> openSeats(Actor actor, TourType type);

	/**
	 * Each talent's score on each of the packages (those found), as {@code MatchingService} scores a
	 * person on a package, explanation included, by talent id then package id.
	 */
	Map<UUID, Map<UUID, PackageScore>> scores(Actor actor, Collection<UUID> talentIds, Collection<UUID> packageIds);

	/**
	 * Proposes a tour of the package for the talent, with the package's terms, as the talent lead
	 * does on the tour's pages (every rule of a proposal applies), in the caller's transaction.
	 * @return the tour's id
	 */
	UUID propose(Actor actor, UUID talentId, UUID packageId);

	/**
	 * Creates a rotational work package as the talent lead does on the catalogue's pages (every
	 * rule of a package applies; rated 4 on each quality with the reason given) and opens it: for
	 * the demo's rotation plans, which need open seats.
	 * @param competencies the competencies it asks for, each at a level of 1 to 5
	 * @return its id
	 */
	UUID openRotationalPackage(Actor actor, NewPackage terms);

	/** A rotational package to open: who sponsors it (by employee id), where, when, how much of a week, how many seats. */
	record NewPackage(String title, String description, String expectedResults, String sponsorEmployeeId, UUID unitId,
			LocalDate startOn, LocalDate endOn, int timeShare, int seats, Map<UUID, Integer> competencies,
			String ratingReason) {

	}

	/**
	 * An open package with its seats.
	 * @param held seats held by its tours not finished (proposed, in conversation, signed, running)
	 */
	record OpenSeats(UUID id, String title, @Nullable String unitName, LocalDate startOn, LocalDate endOn, int timeShare,
			int seats, int held) {

		/** Seats no tour holds yet. */
		public int open() {
			return Math.max(0, this.seats - this.held);
		}

	}

	/**
	 * A talent's match on a package.
	 * @param score in [0, 1]
	 * @param availability the free share of their week against what the package asks, in [0, 1]
	 * ({@code 0}: their week is full over its dates)
	 * @param explanation message codes ({@code tour.match.reason.*}) with their arguments
	 */
	record PackageScore(double score, double availability, List<Reason> explanation) {

		public PackageScore {
			explanation = List.copyOf(explanation);
		}

	}

	/** One line of an explanation: a message code and its arguments. */
	record Reason(String code, List<Object> arguments) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

	}

}
