package io.cocareer.network.plan.web;

import java.util.Currency;
import java.util.Locale;

import io.cocareer.network.plan.Money;
import io.cocareer.shared.web.PageProblems;

/** A page controller of the plan: its refusals on forms, and amounts in the reader's words. */
interface PlanPage {

	/** A refusal on the plan's pages, with a lost race in the plan's words. */
	PageProblems PROBLEMS = new PageProblems("network.plan.stale");

	/** Amounts of the fund as a page shows them: {@code ${money.of(cents)}} is "€1,100". */
	record Amounts(Currency currency, Locale locale) {

		public String of(long cents) {
			return Money.format(cents, this.currency, this.locale);
		}

		public String symbol() {
			return this.currency.getSymbol(this.locale);
		}

	}

}
