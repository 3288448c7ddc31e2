package io.cocareer.talent;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

/**
 * Competency levels that an assessment established, written into the talent's profile with the
 * evidence for them: the assessment centres of the toolbox ({@code toolbox.assessment}) record the
 * consensus level of each competency when the talent lead releases a participant's report.
 * Implemented by {@link io.cocareer.talent.profile the profiles}; the profile's own rules hold
 * (a catalogue competency, a level of 1 to 5, evidence of at most 1,000 characters) and the change
 * is audited without its words.
 */
public interface AssessedCompetencies {

	/**
	 * Sets the talent's level in the competency to the assessed one, with its evidence (replacing
	 * what the profile said about that competency, other competencies untouched); starts an empty
	 * profile if the talent has none yet. The talent lead's alone.
	 * @param evidence where the level comes from, e.g. "Assessment centre Leadership 2026, 12 Nov 2026"
	 */
	void recordAssessedLevel(Actor lead, PersonId talent, UUID competencyId, int level, String evidence);

}
