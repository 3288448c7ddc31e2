package io.cocareer.network.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import io.cocareer.network.plan.internal.PlanAccess;
import io.cocareer.network.plan.internal.FundStops;
import io.cocareer.network.plan.internal.PlanActivities;
import io.cocareer.network.plan.internal.PlanActivity;
import io.cocareer.network.plan.internal.PlanFund;
import io.cocareer.network.plan.internal.PlanFunds;
import io.cocareer.shared.Actor;
import io.cocareer.shared.BusinessRuleViolation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The arithmetic of the funds over what is stored: a talent's fund of a year from their
 * activities, and the rule that no change takes it over its budget (checked with the year's fund
 * row locked, so two requests cannot both take the last of it).
 */
@Component
class FundLedger {

	private final PlanFunds funds;

	private final PlanActivities activities;

	private final FundStops stops;

	private final PlanAccess access;

	private final FundSettings settings;

	FundLedger(PlanFunds funds, PlanActivities activities, FundStops stops, PlanAccess access, FundSettings settings) {
		this.funds = funds;
		this.activities = activities;
		this.stops = stops;
		this.access = access;
		this.settings = settings;
	}

	Currency currency() {
		return this.settings.currency();
	}

	long defaultBudgetCents() {
		return this.settings.defaultBudgetCents();
	}

	boolean stopped(UUID talentId) {
		return this.stops.existsById(talentId);
	}

	/** The talent's fund of the year from their activities (all of theirs; those of other years do not count). */
	Fund fund(UUID talentId, int year, Collection<PlanActivity> activities) {
		Long set = this.funds.findByTalentIdAndYear(talentId, year).map(PlanFund::budgetCents).orElse(null);
		return fund(year, (set != null) ? set : defaultBudgetCents(), activities, stopped(talentId));
	}

	static Fund fund(int year, long budgetCents, Collection<PlanActivity> activities, boolean stopped) {
		long committed = 0;
		long spent = 0;
		for (PlanActivity activity : activities) {
			if (activity.year() != year) {
				continue;
			}
			switch (activity.status()) {
				case PLANNED -> committed += activity.estimatedCents();
				case DONE -> spent += activity.fundShare();
				case CANCELLED -> {
					// gives back what it committed
				}
			}
		}
		return new Fund(year, budgetCents, committed, spent, stopped);
	}

	/**
	 * Refuses a change that would take the talent's fund of {@code year} over its budget: the
	 * activity's share going from what it takes now (nothing for a new one, or for one moving in
	 * from another year) to {@code afterCents}. A change that takes less is always allowed; a fund
	 * that has stopped takes no more at all.
	 */
	void requireFits(Actor actor, UUID talentId, PlanActivity activity, int year, long afterCents) {
		long before = (activity != null && activity.year() == year) ? activity.fundShare() : 0;
		if (afterCents <= before) {
			return;
		}
		if (!this.access.maySpend(actor) || stopped(talentId)) {
			throw new BusinessRuleViolation("network.plan.fund.stopped",
					"Your networking fund stopped when you left: nothing more can be committed or spent");
		}
		lock(talentId, year);
		Fund fund = fund(talentId, year, this.activities.findByTalentIdOrderByStartsOnAscCreatedAtAsc(talentId));
		long over = fund.overBy(before, afterCents);
		if (over > 0) {
			Locale locale = LocaleContextHolder.getLocale();
			throw new BusinessRuleViolation("network.plan.fund.exceeded",
					"This would take the fund %s over; %s left in %d".formatted(format(over, locale),
							format(Math.max(0, fund.leftCents()), locale), year),
					format(over, locale), format(Math.max(0, fund.leftCents()), locale), String.valueOf(year));
		}
	}

	private String format(long cents, Locale locale) {
		return Money.format(cents, currency(), locale);
	}

	/** The year's fund row of the talent, made if there is none yet, locked until the transaction ends. */
	PlanFund lock(UUID talentId, int year) {
		return this.funds.lock(talentId, year).orElseGet(() -> {
			this.funds.saveAndFlush(new PlanFund(talentId, year));
			return this.funds.lock(talentId, year).orElseThrow();
		});
	}

}
