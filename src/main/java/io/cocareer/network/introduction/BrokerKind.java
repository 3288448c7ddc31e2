package io.cocareer.network.introduction;

/** Whom the talent asks to broker: their manager, the talent leads (any of them), or a colleague who knows the target. */
public enum BrokerKind {

	MANAGER, TALENT_LEAD, COLLEAGUE

}
