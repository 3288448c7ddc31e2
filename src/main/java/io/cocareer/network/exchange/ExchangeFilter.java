package io.cocareer.network.exchange;

import org.jspecify.annotations.Nullable;

/** What the marketplace lists of the open items; each {@code null} lists all. */
public record ExchangeFilter(@Nullable ItemDirection direction, @Nullable ResourceKind kind,
		@Nullable SupportType type, @Nullable ItemSource source) {

	public static ExchangeFilter none() {
		return new ExchangeFilter(null, null, null, null);
	}

}
