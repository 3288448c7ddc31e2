package io.cocareer.tour.catalogue;

/** One quality of a work package, rated 1 (poor) to 5 (excellent), with why. */
public record QualityRating(int rating, String justification) {

}
