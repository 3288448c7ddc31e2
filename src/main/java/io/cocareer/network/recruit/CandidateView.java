package io.cocareer.network.recruit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate as their reader may see them, with what the reader may do ({@code may…}).
 * @param hiringManagerName the hiring manager's name as the people module has it now
 * @param personId the person they became when hired
 */
public record CandidateView(UUID id, String name, String roleAppliedFor, CandidateStage stage, String note,
		UUID hiringManagerId, String hiringManagerName, UUID personId, List<AssetView> assets, Instant createdAt,
		long version, boolean mayChange, boolean mayHire) {

	public Optional<AssetView> asset(UUID assetId) {
		return this.assets.stream().filter((a) -> a.id().equals(assetId)).findFirst();
	}

	/** One network asset. */
	public record AssetView(UUID id, AssetKind kind, String name, String description) {

	}

}
