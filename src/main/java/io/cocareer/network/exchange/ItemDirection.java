package io.cocareer.network.exchange;

/** An offer of a resource, or a request for one. */
public enum ItemDirection {

	OFFER, REQUEST;

	/** The direction an item must have to be matched with one of this direction. */
	public ItemDirection opposite() {
		return (this == OFFER) ? REQUEST : OFFER;
	}

}
