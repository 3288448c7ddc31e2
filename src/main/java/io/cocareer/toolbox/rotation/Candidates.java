package io.cocareer.toolbox.rotation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.tour.TourPlanning.OpenSeats;

/**
 * What a new plan is made of: the talents of the pool (filtered by unit) and the open rotational
 * packages with their free seats.
 */
public record Candidates(List<Talent> talents, List<OpenSeats> packages) {

	public Candidates {
		talents = List.copyOf(talents);
		packages = List.copyOf(packages);
	}

	/** A talent of the pool. */
	public record Talent(UUID personId, String name, @Nullable String title, @Nullable String unitName) {

	}

}
