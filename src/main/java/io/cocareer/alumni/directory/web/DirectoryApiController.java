package io.cocareer.alumni.directory.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.AlumniProfileView;
import io.cocareer.alumni.directory.SaveProfile;
import io.cocareer.shared.Actor;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alumni directory over JSON: the search (as an alumnus: the listed alumni whose consent holds;
 * as the talent lead: every alumnus with their tier), one alumnus' profile, and the alumnus' own
 * profile. Its schemas are {@code AlumniDirectory…}.
 */
@RestController
class DirectoryApiController {

	private final AlumniDirectory directory;

	DirectoryApiController(AlumniDirectory directory) {
		this.directory = directory;
	}

	/** The directory by name; every word of {@code q} must match; {@code tier} filters for the talent lead. */
	@GetMapping("/api/v1/alumni")
	ProfilePage search(Actor actor, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable AlumniTier tier,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		if (page != null && page < 0) {
			throw new InvalidInput("page", "alumni.directory.paging.page", "A page is 0 or more");
		}
		if (size != null && (size < 1 || size > Paging.MAX_SIZE)) {
			throw new InvalidInput("size", "alumni.directory.paging.size",
					"A page holds 1 to %d alumni".formatted(Paging.MAX_SIZE), Paging.MAX_SIZE);
		}
		PageResult<AlumniProfileView> found = this.directory.search(actor, q, tier, Paging.of(page, size));
		return new ProfilePage(found.items().stream().map(ProfileResponse::of).toList(), found.page(), found.size(),
				found.total());
	}

	/** The alumnus' own profile. */
	@GetMapping("/api/v1/me/alumni-profile")
	ProfileResponse myProfile(Actor actor) {
		return ProfileResponse.of(this.directory.myProfile(actor));
	}

	/** The alumnus saves their own profile, and whether they are listed in the directory. */
	@PutMapping("/api/v1/me/alumni-profile")
	ProfileResponse saveMyProfile(Actor actor, @Valid @RequestBody ProfileRequest request) {
		this.directory.saveMyProfile(actor, request.toCommand(), request.version());
		return myProfile(actor);
	}

	/** Schema {@code AlumniDirectoryProfileRequest}: the profile as it should be, and the version read. */
	record ProfileRequest(@Nullable @Size(max = AlumniDirectory.MAX_EMPLOYER) String employer,
			@Nullable @Size(max = AlumniDirectory.MAX_ROLE) String role,
			@Nullable @Size(max = AlumniDirectory.MAX_SKILLS) List<@Size(max = AlumniDirectory.MAX_SKILL) String> skills,
			@Nullable @Size(max = AlumniDirectory.MAX_HEADLINE) String headline,
			@Nullable @Size(max = AlumniDirectory.MAX_LOCATION) String location,
			@Nullable @Size(max = AlumniDirectory.MAX_LINKEDIN) @Pattern(
					regexp = AlumniDirectory.LINKEDIN_PATTERN) String linkedinUrl,
			@NotNull Boolean listed, @NotNull Long version) {

		SaveProfile toCommand() {
			return new SaveProfile(this.employer, this.role, this.skills, this.headline, this.location,
					this.linkedinUrl, this.listed);
		}

	}

	/** Schema {@code AlumniDirectoryPage}. */
	record ProfilePage(List<ProfileResponse> items, int page, int size, long total) {

	}

	/**
	 * Schema {@code AlumniDirectoryProfile}: {@code listed}, {@code contactable} and
	 * {@code updatedAt} for the talent lead and the alumnus' own; {@code tier} for the talent lead
	 * only; {@code version} to save one's own.
	 */
	record ProfileResponse(UUID personId, String name, @Nullable String employer, @Nullable String role,
			List<String> skills, @Nullable String headline, @Nullable String location, @Nullable String linkedinUrl,
			@Nullable Boolean listed, @Nullable Boolean contactable, @Nullable AlumniTier tier,
			@Nullable Instant updatedAt, long version) {

		static ProfileResponse of(AlumniProfileView p) {
			return new ProfileResponse(p.personId(), p.name(), p.employer(), p.role(), p.skills(), p.headline(),
					p.location(), p.linkedinUrl(), p.listed(), p.contactable(), p.tier(), p.updatedAt(), p.version());
		}

	}

}
