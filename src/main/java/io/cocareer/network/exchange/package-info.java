/**
 * Resource exchange: offers and requests of resources (introductions, knowledge, events and
 * tickets, advice, support), typed instrumental or psychosocial after Kram, posted by talents,
 * managers and the talent lead for themselves, or by the talent lead for the organisation. An
 * offer is matched to a request: one side proposes, the other accepts, and once the exchange has
 * happened either side records it as done with its outcome.
 * <p>
 * An open item is every staff member's to see (that is a marketplace); who matched with whom and
 * the outcome are the two sides' alone (the talent leads are the organisation's side). Administrators
 * and alumni see none of it ({@code internal.ExchangeAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks: resource exchange")
package io.cocareer.network.exchange;
