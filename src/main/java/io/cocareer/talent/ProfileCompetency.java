package io.cocareer.talent;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A competency on a profile: the catalogue entry, a proficiency of 1 to 5 and the evidence. */
public record ProfileCompetency(UUID competencyId, String name, String category, int proficiency,
		@Nullable String evidence) {

}
