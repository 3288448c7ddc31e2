package io.cocareer.toolbox.rotation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.tour.TourPlanning.Reason;

/**
 * A rotation plan as its page and the API show it, cut to what the reader may see.
 * @param createdByName who made it, {@code null} once erased
 * @param totalScore the sum of the proposed pairs' scores (each 0 to 1000), over the whole plan
 * @param hiddenTalents talents of the cohort the reader may not see (a manager sees their reports only)
 * @param mayEdit whether the reader may pin, forbid and re-run (the talent lead, on a draft)
 * @param mayConfirm whether the reader may confirm it now
 */
public record PlanView(UUID id, String name, PlanStatus status, @Nullable String createdByName, Instant createdAt,
		Instant plannedAt, @Nullable Instant confirmedAt, long totalScore, long version, List<PackageLine> packages,
		List<PairLine> pairs, List<UnplacedLine> unplaced, List<RuleLine> rules, List<TalentLine> cohort,
		int hiddenTalents, boolean mayEdit, boolean mayConfirm) {

	/**
	 * A package of the plan.
	 * @param openSeats its open seats at the last run
	 * @param stillOpen whether it was open at the last run
	 * @param filled seats of it the plan fills
	 */
	public record PackageLine(UUID packageId, String title, int openSeats, boolean stillOpen, int filled) {

	}

	/**
	 * A proposed pair.
	 * @param score 0 to 1000 (the matching score × 1000)
	 * @param tourId the tour proposed from it, once confirmed
	 */
	public record PairLine(UUID personId, String name, UUID packageId, String packageTitle, int score, boolean pinned,
			List<Reason> explanation, @Nullable UUID tourId) {

	}

	/** A talent left without a seat, and why. */
	public record UnplacedLine(UUID personId, String name, UnplacedReason reason) {

	}

	/** A pin or a forbid of the lead. */
	public record RuleLine(UUID personId, String name, UUID packageId, String packageTitle, RuleKind kind) {

	}

	/** A talent of the cohort. */
	public record TalentLine(UUID personId, String name) {

	}

}
