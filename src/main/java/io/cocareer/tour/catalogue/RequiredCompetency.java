package io.cocareer.tour.catalogue;

import java.util.UUID;

/** A competency from the talent catalogue that a work package needs, at a level of 1 to 5. */
public record RequiredCompetency(UUID competencyId, Integer level) {

}
