package io.cocareer.network;

/** Whom a talent may share their network with: their own manager, or the talent leads. Nobody else. */
public enum ShareAudience {

	MANAGER, TALENT_LEAD

}
