package io.cocareer.talent;

import java.util.UUID;

/** A competency on a profile: the catalogue entry, a proficiency of 1 to 5 and the evidence. */
public record ProfileCompetency(UUID competencyId, String name, String category, int proficiency, String evidence) {

}
