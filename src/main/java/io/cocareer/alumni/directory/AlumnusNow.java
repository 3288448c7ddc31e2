package io.cocareer.alumni.directory;

import java.time.LocalDate;
import java.util.List;

import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * Where an alumnus says they are now, from their own profile.
 * @param since the day they last changed their profile
 */
@PrivateData
public record AlumnusNow(@Nullable String employer, @Nullable String roleTitle, List<String> skills, LocalDate since) {

	public AlumnusNow {
		skills = List.copyOf(skills);
	}

}
