package io.cocareer.network.exchange;

/**
 * Where a match of an offer and a request is: proposed by one side, agreed by the other, done
 * once the exchange happened; declined by a side, or cancelled when one of its items closed.
 */
public enum MatchState {

	PROPOSED, AGREED, DONE, DECLINED, CANCELLED

}
