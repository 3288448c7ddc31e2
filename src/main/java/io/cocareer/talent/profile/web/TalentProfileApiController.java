package io.cocareer.talent.profile.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.talent.ProfileCompetency;
import io.cocareer.talent.profile.ProfileRevision;
import io.cocareer.talent.TalentProfileView;
import io.cocareer.talent.profile.TalentProfileService;
import io.cocareer.talent.web.TalentDesignationResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A talent's profile over JSON. The same service rules as the pages: a profile the caller may
 * not read is a 404 problem; only the talent writes it. Its schemas are {@code TalentProfile…}.
 */
@RestController
@RequestMapping("/api/v1/talents/{personId}")
class TalentProfileApiController {

	private final TalentProfileService profiles;

	TalentProfileApiController(TalentProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/profile")
	Response profile(Actor actor, @PathVariable UUID personId) {
		return Response.of(this.profiles.profile(actor, personId));
	}

	@PutMapping("/profile")
	Response reviseProfile(Actor actor, @PathVariable UUID personId, @Valid @RequestBody Request request) {
		this.profiles.reviseProfile(actor, personId, request.revision());
		return Response.of(this.profiles.profile(actor, personId));
	}

	/** The talent's choice whether creators and sponsors of work packages may find them (only the talent's own). */
	@PutMapping("/discoverability")
	Response chooseDiscoverability(Actor actor, @PathVariable UUID personId,
			@Valid @RequestBody TalentDiscoverabilityRequest request) {
		this.profiles.chooseDiscoverability(actor, personId, request.discoverable());
		return Response.of(this.profiles.profile(actor, personId));
	}

	/** Schema {@code TalentProfileResponse}. */
	record Response(UUID personId, String name, @Nullable String title, @Nullable String unit,
			@Nullable TalentDesignationResponse designation, List<String> values, @Nullable String shortTermAspiration,
			@Nullable String longTermAspiration, List<String> desiredRoles, @Nullable String personalBrand,
			@Nullable String potentialStatement, List<ProfileCompetency> competencies, @Nullable Instant updatedAt,
			@Nullable String updatedBy, long version, boolean discoverable) {

		static Response of(TalentProfileView view) {
			return new Response(view.person().id(), view.person().fullName(), view.person().title(),
					view.person().unitName(), TalentDesignationResponse.of(view.designation()), view.values(),
					view.shortTermAspiration(), view.longTermAspiration(), view.desiredRoles(), view.personalBrand(),
					view.potentialStatement(), view.competencies(), view.updatedAt(), view.updatedBy(),
					view.version(), view.discoverable());
		}

	}

	/** Schema {@code TalentProfileRequest}. */
	record Request(@Size(max = 7) List<@Size(max = 80) String> values, @Size(max = 1000) String shortTermAspiration,
			@Size(max = 1000) String longTermAspiration, @Size(max = 5) List<@Size(max = 120) String> desiredRoles,
			@Size(max = 1000) String personalBrand, @Size(max = 1000) String potentialStatement,
			@Valid List<TalentCompetencyLevelRequest> competencies, @NotNull Long version) {

		ProfileRevision revision() {
			List<ProfileRevision.Competency> rows = (this.competencies != null) ? this.competencies.stream()
				.map((row) -> (row != null)
						? new ProfileRevision.Competency(row.competencyId(), row.proficiency(), row.evidence()) : null)
				.toList() : List.of();
			return new ProfileRevision(this.values, this.shortTermAspiration, this.longTermAspiration,
					this.desiredRoles, this.personalBrand, this.potentialStatement, rows, this.version);
		}

	}

}
