package io.cocareer.network.exchange;

/** What is offered or asked for; each kind suggests a type of support, which the poster may change. */
public enum ResourceKind {

	INTRODUCTION(SupportType.INSTRUMENTAL), KNOWLEDGE(SupportType.INSTRUMENTAL),
	EVENTS_AND_TICKETS(SupportType.INSTRUMENTAL), ADVICE(SupportType.INSTRUMENTAL), SUPPORT(SupportType.PSYCHOSOCIAL);

	private final SupportType defaultType;

	ResourceKind(SupportType defaultType) {
		this.defaultType = defaultType;
	}

	/** The type this kind of resource usually is: an introduction is instrumental, support psychosocial. */
	public SupportType defaultType() {
		return this.defaultType;
	}

}
