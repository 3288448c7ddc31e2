package io.cocareer.network.recruit;

/**
 * What a candidate's network asset is. An {@link #ARENA} is named by an {@link io.cocareer.network.Arena};
 * organisations and communities are compared with the organisations on talents' maps; the maps
 * record no domains, so a domain is listed but not measured.
 */
public enum AssetKind {

	ORGANISATION, COMMUNITY, ARENA, DOMAIN

}
