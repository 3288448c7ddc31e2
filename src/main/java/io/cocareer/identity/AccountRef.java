package io.cocareer.identity;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.PersonId;

/** An account and the person it belongs to ({@code null} for an account of nobody, such as IT's). */
public record AccountRef(AccountId accountId, PersonId personId) {

}
