package io.cocareer.people;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

/**
 * Published when someone who had left is hired again (a boomerang). Staff access does not come
 * back by itself: an administrator gives the account the roles of the new employment.
 */
public record PersonRehired(PersonId personId, LocalDate rehiredOn) {

}
