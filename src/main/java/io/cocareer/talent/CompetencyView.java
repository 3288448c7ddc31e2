package io.cocareer.talent;

import java.util.UUID;

/** An entry of the competency catalogue. */
public record CompetencyView(UUID id, String name, String category, String description) {

}
