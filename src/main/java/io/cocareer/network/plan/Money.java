package io.cocareer.network.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import io.cocareer.shared.InvalidInput;

/**
 * Amounts of the fund: kept as whole cents ({@code long}), read and answered as decimal amounts
 * ({@link BigDecimal}) of the fund's currency, shown in the reader's locale. Never a float.
 */
public final class Money {

	/** The largest amount one activity or budget may hold: 10 million. */
	public static final long MAX_CENTS = 1_000_000_000L;

	private Money() {
	}

	/**
	 * The amount in cents, or refused on {@code field}: negative, more than two decimals, or
	 * larger than {@link #MAX_CENTS}.
	 */
	public static long cents(BigDecimal amount, String field) {
		if (amount == null) {
			throw new InvalidInput(field, "network.plan.money.required", "Give an amount (0 if it costs nothing)");
		}
		if (amount.signum() < 0) {
			throw new InvalidInput(field, "network.plan.money.negative", "An amount cannot be negative");
		}
		BigDecimal cents;
		try {
			cents = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
		}
		catch (ArithmeticException ex) {
			throw new InvalidInput(field, "network.plan.money.cents", "An amount has at most two decimals");
		}
		if (cents.compareTo(BigDecimal.valueOf(MAX_CENTS)) > 0) {
			throw new InvalidInput(field, "network.plan.money.tooLarge", "This amount is too large");
		}
		return cents.longValueExact();
	}

	/** The cents as an amount with two decimals. */
	public static BigDecimal amount(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	/** The cents in the locale's way with the currency's sign: "€1,100" (no cents when there are none), "€12.50". */
	public static String format(long cents, Currency currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(currency);
		int digits = (cents % 100 == 0) ? 0 : 2;
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(amount(cents));
	}

}
