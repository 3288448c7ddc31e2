package io.cocareer.alumni.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * An alumnus' profile as its reader may see it: every alumnus reads the profile part of the listed
 * alumni; the talent lead (and the alumnus of their own) also whether it is listed and whether
 * their consent holds; the talent lead alone the tier.
 * @param name the name as it is now
 * @param listed whether they chose to be listed, or {@code null} for another alumnus
 * @param contactable whether their consent to be contacted holds, or {@code null} for another alumnus
 * @param tier the alumni tier, for the talent lead only
 */
@PrivateData
public record AlumniProfileView(UUID personId, String name, @Nullable String employer, @Nullable String role,
		List<String> skills, @Nullable String headline, @Nullable String location, @Nullable String linkedinUrl,
		@Nullable Boolean listed, @Nullable Boolean contactable, @Nullable AlumniTier tier, @Nullable Instant updatedAt,
		long version) {

	public AlumniProfileView {
		skills = List.copyOf(skills);
	}

}
