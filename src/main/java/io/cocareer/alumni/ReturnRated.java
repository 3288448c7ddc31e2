package io.cocareer.alumni;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

/**
 * A boomerang's performance after return was rated (1 to 5), at their repatriation plan's review:
 * the review's post-return performance delta is this minus the rating before exit.
 */
public record ReturnRated(PersonId personId, int rating, LocalDate on) {

}
