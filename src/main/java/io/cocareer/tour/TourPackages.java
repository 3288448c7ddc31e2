package io.cocareer.tour;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.shared.Actor;

/**
 * What a tour asks of the work package it is made of. The catalogue ({@code tour.catalogue})
 * owns the packages and answers; the tour declares the questions here because a parent never
 * depends on its nested modules (they depend on it), so the dependency is inverted rather than
 * the package kept in two places.
 */
public interface TourPackages {

	/**
	 * The package a tour is proposed from, if the actor may know it exists (a draft only for its
	 * creator and the talent lead); a 404 otherwise.
	 */
	TourPackage proposedFrom(Actor actor, UUID packageId);

	/** The package as the proposal form shows it, if the actor sees it (the staff; a draft as above); a 404 otherwise. */
	TourPackage seenBy(Actor actor, UUID packageId);

	/** The package, whoever asks: for what the tour shows of it (its title, its sponsor). */
	Optional<TourPackage> find(UUID packageId);

	/**
	 * A tour of the package was signed or started: the package is staffed once its seats are all
	 * taken by running tours.
	 * @param actor who signed or started it
	 */
	void seatTaken(UUID packageId, Actor actor);

	/**
	 * A work package as a tour sees it: where its terms start from and who sponsors it.
	 * @param status its status's name, for messages
	 * @param open whether tours are made of it now
	 */
	record TourPackage(UUID id, String title, UUID sponsorId, TourType tourType, LocalDate startOn, LocalDate endOn,
			int timeShare, String status, boolean open) {

	}

}
