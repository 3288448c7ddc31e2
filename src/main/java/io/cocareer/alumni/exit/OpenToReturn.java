package io.cocareer.alumni.exit;

/** What the leaver said in the re-entry discussion: would they come back? */
public enum OpenToReturn {

	YES, MAYBE, NO

}
