package io.cocareer.alumni.reentry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of the relationship since exit: the exit itself, an interaction from the register (an
 * event, a collaboration with its value, a referral, a contact), the tier, or what the request says.
 * @param kind {@code EXIT}, {@code EVENT}, {@code COLLABORATION}, {@code REFERRAL}, {@code CONTACT},
 * {@code TIER}, {@code REQUEST}
 * @param text the interaction's summary, or a code the page words
 */
public record TimelineEntry(@Nullable LocalDate on, String kind, @Nullable String text, @Nullable Long valueCents,
		boolean hired) {

}
