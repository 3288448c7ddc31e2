package io.cocareer.talent;

import java.util.List;

/**
 * The competency catalogue as other modules read it (work packages ask for its competencies);
 * implemented by {@link io.cocareer.talent.competency the catalogue}.
 */
public interface CompetencyCatalogue {

	/** The catalogue by category, then name. */
	List<CompetencyView> competencies();

}
