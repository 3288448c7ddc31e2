package io.cocareer.alumni.reentry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cocareer.shared.PrivateData;

import org.jspecify.annotations.Nullable;

/**
 * A boomerang's repatriation plan, as the lead, the hiring manager and the boomerang read it
 * (never the evaluation that led to it).
 * @param tenure the tenure before and after, reconciled; {@code null} when the reader may not
 * see the employment history
 * @param reviewDueOn 12 months after the rehire
 * @param mayEdit whether the reader changes items and rates the review (the lead, the hiring manager)
 */
@PrivateData
public record RepatriationPlanView(UUID id, UUID personId, String personName, LocalDate rehiredOn,
		@Nullable String unitName, @Nullable UUID managerId, @Nullable String managerName,
		List<RepatriationItemView> items, @Nullable TenureView tenure, LocalDate reviewDueOn,
		@Nullable Integer reviewRating, @Nullable LocalDate reviewedOn, long doneCount, boolean mayEdit,
		boolean mine, long version) {

	public RepatriationPlanView {
		items = List.copyOf(items);
	}

}
