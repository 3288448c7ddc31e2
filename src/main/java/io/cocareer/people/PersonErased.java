package io.cocareer.people;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

/**
 * Published when the talent lead erases a person who has left: the people module has already
 * blanked their name, email and employee id (the row stays, for what refers to it by id). After
 * commit, through the event publication registry, every module that holds their data removes it
 * in a listener of its own: identity their account and its tokens, talent their profile, notes
 * and designation, notification their notices, tours the free texts they wrote that are not
 * legal records. Each listener is idempotent: a publication that failed is retried.
 */
public record PersonErased(PersonId personId, LocalDate erasedOn) {

}
