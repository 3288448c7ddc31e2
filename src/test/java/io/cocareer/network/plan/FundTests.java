package io.cocareer.network.plan;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fund's arithmetic in cents, and amounts read and shown. */
class FundTests {

	@Test
	void leftIsTheBudgetLessWhatIsCommittedAndSpent() {
		Fund fund = new Fund(2026, 150_000, 60_000, 40_000, false);

		assertThat(fund.leftCents()).isEqualTo(50_000);
		assertThat(fund.spentPercent()).isEqualTo(26);
		assertThat(fund.committedPercent()).isEqualTo(40);
	}

	@Test
	void exactlyTheBudgetFitsAndOneCentMoreDoesNot() {
		Fund fund = new Fund(2026, 150_000, 60_000, 40_000, false);

		assertThat(fund.overBy(0, 50_000)).isZero();
		assertThat(fund.overBy(0, 50_001)).isEqualTo(1);
		assertThat(fund.overBy(0, 75_000)).isEqualTo(25_000);
	}

	@Test
	void anActivityThatChangesCountsOnlyTheDifference() {
		// an activity planned at 600 is part of the committed 60,000 cents
		Fund fund = new Fund(2026, 150_000, 60_000, 40_000, false);

		assertThat(fund.overBy(60_000, 110_000)).isZero();
		assertThat(fund.overBy(60_000, 110_001)).isEqualTo(1);
		assertThat(fund.overBy(60_000, 10_000)).isZero();
	}

	@Test
	void aFundWhoseBudgetWasLoweredShowsWhatIsOver() {
		Fund fund = new Fund(2026, 50_000, 60_000, 0, false);

		assertThat(fund.leftCents()).isEqualTo(-10_000);
		assertThat(fund.spentPercent() + fund.committedPercent()).isLessThanOrEqualTo(100);
	}

	@Test
	void amountsAreWholeCentsNeverNegativeNorFractionsOfACent() {
		assertThat(Money.cents(new BigDecimal("1100"), "x")).isEqualTo(110_000);
		assertThat(Money.cents(new BigDecimal("12.5"), "x")).isEqualTo(1_250);
		assertThat(Money.cents(new BigDecimal("0.01"), "x")).isEqualTo(1);
		assertThatThrownBy(() -> Money.cents(new BigDecimal("-0.01"), "estimatedCost")).isInstanceOf(InvalidInput.class)
			.hasFieldOrPropertyWithValue("field", "estimatedCost")
			.extracting((ex) -> ((InvalidInput) ex).code())
			.isEqualTo("network.plan.money.negative");
		assertThatThrownBy(() -> Money.cents(new BigDecimal("0.001"), "x")).isInstanceOf(InvalidInput.class)
			.extracting((ex) -> ((InvalidInput) ex).code())
			.isEqualTo("network.plan.money.cents");
		assertThatThrownBy(() -> Money.cents(new BigDecimal("1e12"), "x")).isInstanceOf(InvalidInput.class)
			.extracting((ex) -> ((InvalidInput) ex).code())
			.isEqualTo("network.plan.money.tooLarge");
	}

	@Test
	void amountsAreShownInTheReadersLocaleWithTheFundsCurrency() {
		Currency euro = Currency.getInstance("EUR");

		assertThat(Money.format(110_000, euro, Locale.UK)).isEqualTo("€1,100");
		assertThat(Money.format(1_250, euro, Locale.UK)).isEqualTo("€12.50");
		assertThat(Money.format(110_000, euro, Locale.GERMANY)).isEqualTo("1.100\u00a0€");
		assertThat(Money.amount(25_001)).isEqualByComparingTo("250.01");
	}

}
