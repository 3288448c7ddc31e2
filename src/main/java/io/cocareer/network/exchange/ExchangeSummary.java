package io.cocareer.network.exchange;

/**
 * The reader's part of the exchange in numbers, for the card on their network page.
 * @param openOffers their own open offers (and the organisation's, for a talent lead)
 * @param openRequests their own open requests (and the organisation's, for a talent lead)
 * @param matchesWaiting proposals that wait for the reader's side to answer
 * @param agreed agreed matches still to be done
 * @param done exchanges done that the reader was a side of
 */
public record ExchangeSummary(long openOffers, long openRequests, long matchesWaiting, long agreed, long done) {

}
