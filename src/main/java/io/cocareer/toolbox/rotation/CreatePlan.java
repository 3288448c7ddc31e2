package io.cocareer.toolbox.rotation;

import java.util.List;
import java.util.UUID;

/**
 * A new rotation plan: its name, the cohort and the packages to place them on.
 * @param talentIds the cohort's person ids
 * @param packageIds open rotational work packages
 */
public record CreatePlan(String name, List<UUID> talentIds, List<UUID> packageIds) {

	public CreatePlan {
		talentIds = (talentIds == null) ? List.of() : talentIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		packageIds = (packageIds == null) ? List.of() : packageIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

}
