package io.cocareer.people;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

/**
 * Published when a person joins the organisation: entered by HR or created by an HR import (in the
 * transaction that records it). Someone who comes back is {@link PersonRehired}, not hired again.
 */
public record PersonHired(PersonId personId, LocalDate hiredOn) {

}
