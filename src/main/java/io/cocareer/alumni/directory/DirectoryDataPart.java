package io.cocareer.alumni.directory;

import java.time.Instant;
import java.util.List;

import io.cocareer.alumni.AlumnusDataPart;
import io.cocareer.alumni.directory.internal.AlumniProfiles;
import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The directory's part of an alumnus' data download: their alumni profile as they keep it (current
 * employer and role, skills gained, headline, where they are, their LinkedIn page) and whether
 * they are listed in the directory. The search index made of it is not theirs to read: it says
 * nothing more.
 */
@Component
class DirectoryDataPart implements AlumnusDataPart {

	private final AlumniProfiles profiles;

	DirectoryDataPart(AlumniProfiles profiles) {
		this.profiles = profiles;
	}

	@Override
	public String name() {
		return "directory";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public @Nullable Object of(PersonId personId) {
		return this.profiles.findById(personId.value())
			.map((p) -> new ProfileData(p.employer(), p.roleTitle(), p.skills(), p.headline(), p.location(),
					p.linkedinUrl(), p.listed(), p.updatedAt()))
			.orElse(null);
	}

	/** Their profile. */
	record ProfileData(@Nullable String employer, @Nullable String role, List<String> skills,
			@Nullable String headline, @Nullable String location, @Nullable String linkedinUrl, boolean listed,
			@Nullable Instant updatedAt) {

	}

}
