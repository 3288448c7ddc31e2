package io.cocareer.alumni;

import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;

/**
 * A module's part of the download of an alumnus' own data ({@code GET /api/v1/me/alumni-data},
 * built by {@code alumni.portal}): every alumni module that holds something about a person
 * implements this as a bean, so that the download holds everything and names no module. The portal
 * asks only for the caller themselves, after its own access policy let them; a part therefore
 * answers for the person it is given, without an actor.
 */
public interface AlumnusDataPart {

	/** The part's name in the download (a JSON property), such as {@code register} or {@code exit}. */
	String name();

	/** The order of the part in the download (lower first). */
	default int order() {
		return 100;
	}

	/**
	 * What the module holds about the person, as one JSON object (a record or a map of lists and
	 * records); {@code null} when it holds nothing.
	 */
	@Nullable Object of(PersonId personId);

}
