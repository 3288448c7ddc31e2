package io.cocareer.talent.profile.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A competency level of a profile over JSON (its schema keeps the name it had beside the profile's). */
record TalentCompetencyLevelRequest(@NotNull UUID competencyId, @NotNull @Min(1) @Max(5) Integer proficiency,
		@Size(max = 1000) String evidence) {

}
