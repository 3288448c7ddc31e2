package io.cocareer.toolbox.assessment;

import java.util.UUID;

/** A competency a centre assesses, named as the catalogue names it (or as no longer in it). */
public record CompetencyRef(UUID id, String name, String category) {

}
