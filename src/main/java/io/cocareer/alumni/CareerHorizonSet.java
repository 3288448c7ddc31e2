package io.cocareer.alumni;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

/**
 * A talent set a confidential career horizon ("exploring outside within 12 months"): published by
 * {@code alumni.mobility}, it prompts a pre-emptive exit conversation. It names no one but the
 * talent and carries no words they wrote.
 * @param withinMonths how soon they may look outside
 */
public record CareerHorizonSet(PersonId talentId, int withinMonths, LocalDate on) {

}
