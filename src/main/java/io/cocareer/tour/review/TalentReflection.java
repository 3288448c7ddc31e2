package io.cocareer.tour.review;

/** The talent's section of the closing review: their results, and what they gained from the tour. */
public record TalentReflection(String results, String gainedSkills, String gainedKnowledge, String gainedNetwork,
		String gainedReputation) {

}
