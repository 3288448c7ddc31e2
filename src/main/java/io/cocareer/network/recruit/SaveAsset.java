package io.cocareer.network.recruit;

/**
 * A network asset of a candidate: its kind and name (an arena's name is an
 * {@link io.cocareer.network.Arena} constant), with an optional short description.
 */
public record SaveAsset(AssetKind kind, String name, String description) {

	public SaveAsset {
		name = SaveCandidate.blankToNull(name);
		description = SaveCandidate.blankToNull(description);
	}

}
