package io.cocareer.alumni.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An alumnus' profile as they save it; blank texts are cleared, skills are trimmed and taken once.
 * @param listed whether to be listed in the alumni directory (opt-in)
 */
public record SaveProfile(@Nullable String employer, @Nullable String role, @Nullable List<String> skills,
		@Nullable String headline, @Nullable String location, @Nullable String linkedinUrl, boolean listed) {

}
