package io.cocareer.tour.catalogue;

import java.util.UUID;

/** A required competency with its catalogue name. */
public record RequiredCompetencyView(UUID competencyId, String name, String category, int level) {

}
