package io.cocareer.shared;

/**
 * A write to something that has a version names the version it was based on; without it, two
 * people saving at once would silently overwrite each other (the last write wins).
 */
public final class Versions {

	public static final String REQUIRED = "shared.version.required";

	private Versions() {
	}

	/** The version a write was based on; refused (400, field {@code version}) when missing. */
	public static long required(Long version) {
		if (version == null) {
			throw new InvalidInput("version", REQUIRED,
					"Send the version this change is based on (the version you read), so no one's change is lost");
		}
		return version;
	}

	public static int required(Integer version) {
		return (int) required((version != null) ? Long.valueOf(version) : null);
	}

}
