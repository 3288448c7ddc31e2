package io.cocareer.people;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

/**
 * Published when someone who had left is hired again (a boomerang), in the transaction that
 * records it. Identity gives their account staff access back as a talent (the alumni role comes
 * off) and enables it; any further staff role (manager, talent lead) is an administrator's to give.
 */
public record PersonRehired(PersonId personId, LocalDate rehiredOn) {

}
