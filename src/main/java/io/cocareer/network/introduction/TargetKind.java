package io.cocareer.network.introduction;

/** Whom the talent wants to be introduced to. */
public enum TargetKind {

	PERSON, ORGANISATION, COMMUNITY

}
