package io.cocareer.network.exchange;

/** Kram's two kinds of developmental support: instrumental (career) and psychosocial. */
public enum SupportType {

	INSTRUMENTAL, PSYCHOSOCIAL

}
