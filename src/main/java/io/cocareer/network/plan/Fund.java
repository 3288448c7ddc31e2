package io.cocareer.network.plan;

/**
 * A talent's networking fund for one calendar year, in cents: the budget, what planned activities
 * commit (their estimated costs), what done ones spent (their actual costs), and what is left.
 * Exactly the budget is allowed; a cent more is not.
 * @param stopped the talent has left: the fund spends no more
 */
public record Fund(int year, long budgetCents, long committedCents, long spentCents, boolean stopped) {

	public long leftCents() {
		return this.budgetCents - this.committedCents - this.spentCents;
	}

	/**
	 * How far over the budget the fund would go if one activity's share of it went from
	 * {@code beforeCents} to {@code afterCents}: 0 when it fits.
	 */
	public long overBy(long beforeCents, long afterCents) {
		long total = this.committedCents + this.spentCents - beforeCents + afterCents;
		return Math.max(0, total - this.budgetCents);
	}

	/** Percentages of the budget spent and committed, whole numbers, for the fund bar. */
	public int spentPercent() {
		return percent(this.spentCents);
	}

	public int committedPercent() {
		return Math.min(percent(this.committedCents), 100 - spentPercent());
	}

	private int percent(long cents) {
		return (this.budgetCents <= 0) ? 0 : (int) Math.min(100, cents * 100 / this.budgetCents);
	}

}
