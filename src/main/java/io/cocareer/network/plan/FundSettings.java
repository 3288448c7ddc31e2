package io.cocareer.network.plan;

import java.math.BigDecimal;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The networking fund's settings: the budget each talent has per calendar year unless the talent
 * lead sets another ({@code cocareer.network.fund.default-budget}, 1500 by default), and the
 * currency of every amount ({@code cocareer.network.fund.currency}, EUR).
 */
@ConfigurationProperties("cocareer.network.fund")
public record FundSettings(@DefaultValue("1500") BigDecimal defaultBudget, @DefaultValue("EUR") Currency currency) {

	/** The default budget in cents (a bad setting fails at start, not on a page). */
	public long defaultBudgetCents() {
		return Money.cents(this.defaultBudget, "defaultBudget");
	}

}
