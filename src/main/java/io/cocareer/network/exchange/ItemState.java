package io.cocareer.network.exchange;

/** Where an offer or a request is: open on the marketplace, matched, done, or withdrawn by its owner. */
public enum ItemState {

	OPEN, MATCHED, DONE, WITHDRAWN

}
