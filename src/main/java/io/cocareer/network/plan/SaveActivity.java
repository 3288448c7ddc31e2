package io.cocareer.network.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An activity as the talent plans or changes it.
 * @param startsOn the date, or the first day of a period
 * @param endsOn the last day of a period; {@code null} for one day
 * @param gapIds the gaps of the talent's desired network it serves (may be none)
 * @param estimatedCost what it will cost the fund, in the fund's currency (0 if nothing)
 */
public record SaveActivity(ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn, Set<UUID> gapIds,
		BigDecimal estimatedCost) {

	public SaveActivity {
		gapIds = (gapIds == null) ? Set.of() : Set.copyOf(gapIds);
		title = (title == null || title.isBlank()) ? null : title.strip();
	}

}
