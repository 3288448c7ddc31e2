package io.cocareer.network.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An offer or a request as its reader may see it.
 * @param postedBy the name of the person who posted it for themselves; {@code null} for the organisation's
 * @param open on the marketplace: open and not past its "until" date
 * @param mine the reader is its side (its poster, or a talent lead for the organisation's)
 */
public record ExchangeItemView(UUID id, ItemDirection direction, ResourceKind kind, SupportType type, String title,
		@Nullable String description, @Nullable LocalDate until, boolean fromOrganisation, @Nullable String postedBy,
		ItemState state, boolean open, boolean mine, Instant createdAt, long version) {

}
