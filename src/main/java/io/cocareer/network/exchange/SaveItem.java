package io.cocareer.network.exchange;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An offer or a request as its poster writes it.
 * @param type instrumental or psychosocial; {@code null} takes the kind's default
 * @param until the last day it holds; {@code null}: until withdrawn
 * @param fromOrganisation posted by the talent lead on behalf of the organisation
 */
public record SaveItem(@Nullable ItemDirection direction, @Nullable ResourceKind kind, @Nullable SupportType type,
		@Nullable String title, @Nullable String description, @Nullable LocalDate until, boolean fromOrganisation) {

}
