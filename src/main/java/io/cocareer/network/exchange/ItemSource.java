package io.cocareer.network.exchange;

/** Whose items a reader lists: the organisation's (posted by the talent lead for it) or colleagues'. */
public enum ItemSource {

	ORGANISATION, COLLEAGUES

}
