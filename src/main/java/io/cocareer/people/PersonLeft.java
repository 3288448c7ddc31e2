package io.cocareer.people;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

/**
 * Published when HR records that a person has left the organisation (in the transaction that
 * records it). Their staff access ends at once: the identity module takes the staff roles off
 * their account, ends its sessions and revokes its API tokens, in that same transaction. After
 * commit, the talent module ends their designation in the talent pool.
 */
public record PersonLeft(PersonId personId, LocalDate leftOn) {

}
