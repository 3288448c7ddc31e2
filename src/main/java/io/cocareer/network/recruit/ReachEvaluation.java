package io.cocareer.network.recruit;

import java.util.List;
import java.util.Map;

/**
 * The reach a candidate adds, asset by asset: whether the organisation's people already reach it,
 * counted from talents' maps only where at least {@code k} talents do. Fewer than {@code k} is
 * "not yet reached", exactly as nobody: no number below {@code k}, no talent, no map.
 * @param minGroupSize k
 * @param adds how many assets of each kind the organisation does not reach yet
 */
public record ReachEvaluation(int minGroupSize, List<AssetReach> assets, Map<AssetKind, Integer> adds) {

	public ReachEvaluation {
		assets = List.copyOf(assets);
		adds = Map.copyOf(adds);
	}

	/** Assets the organisation does not reach yet, of every kind. */
	public int totalAdded() {
		return this.adds.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** What the maps say about one asset. */
	public enum Reach {

		/** At least k talents reach it; {@code talents} says how many. */
		REACHED,

		/** Fewer than k talents reach it (perhaps none): the candidate adds it. */
		NOT_YET_REACHED,

		/** The maps record nothing of this kind (domains). */
		NOT_MEASURED

	}

	/** @param talents how many talents reach it, only when {@link Reach#REACHED} (at least k), otherwise null */
	public record AssetReach(CandidateView.AssetView asset, Reach reach, Long talents) {

	}

}
