package io.cocareer.toolbox.assessment;

import java.util.UUID;

/** One cell of an assessor's rating sheet: a rating of 1 to 5 in a competency in an exercise, with the evidence. */
public record RatingEntry(UUID exerciseId, UUID competencyId, Integer rating, String evidence) {

}
