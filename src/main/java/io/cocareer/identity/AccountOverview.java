package io.cocareer.identity;

import io.cocareer.people.PersonSummary;

/** One row of the accounts administration: the account and the person it belongs to, if any. */
public record AccountOverview(AccountView account, PersonSummary person) {

}
