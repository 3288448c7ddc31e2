package io.cocareer.tour.matching;

import java.util.List;

/**
 * One talent-to-package score with its parts, the weights used and the reasons saying why (message
 * codes with arguments, see {@link MatchReason}):
 * {@code score = availability × (w_skill·skillFit + w_asp·aspirationFit + w_stretch·stretch)}.
 */
public record MatchScore(double score, double skillFit, double aspirationFit, double stretch, double availability,
		MatchingSettings weights, List<MatchReason> explanation) {

}
