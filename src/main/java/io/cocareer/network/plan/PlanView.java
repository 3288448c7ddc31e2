package io.cocareer.network.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.shared.PrivateData;

/**
 * A talent's development plan as only they read it: the activities, the gaps of their desired
 * network (and which of them no activity serves yet), and this year's fund.
 */
@PrivateData
public record PlanView(UUID talentId, Fund fund, List<ActivityView> activities, List<GapView> gaps,
		List<GapView> gapsWithoutActivity) {

	/**
	 * @param estimatedCents what it was planned to cost
	 * @param actualCents what it cost, once done
	 */
	public record ActivityView(UUID id, ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn,
			Set<UUID> gapIds, long estimatedCents, ActivityStatus status, String outcome, Long actualCents,
			LocalDate doneOn, List<PersonMetView> peopleMet, long version) {

		public boolean planned() {
			return this.status == ActivityStatus.PLANNED;
		}

	}

	/** Someone met; {@code onMap} while the developer they became is still on the talent's map. */
	public record PersonMetView(String name, String organisation, Arena arena, DeveloperRole role, UUID developerId,
			boolean onMap) {

	}

	/** A developer the talent wants ("a sponsor in product management"). */
	public record GapView(UUID id, DeveloperRole role, Arena arena, String description) {

	}

	public Optional<ActivityView> activity(UUID id) {
		return this.activities.stream().filter((a) -> a.id().equals(id)).findFirst();
	}

	/** The activities of one status, soonest first. */
	public List<ActivityView> of(ActivityStatus status) {
		return this.activities.stream().filter((a) -> a.status() == status).toList();
	}

}
