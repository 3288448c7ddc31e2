package io.cocareer.network.plan;

/** What a development activity is. */
public enum ActivityKind {
	EXTERNAL_EVENT, CONFERENCE, COMMUNITY, SPEAKING, COURSE, INTERNAL_ROTATION, NETWORKING_LUNCH
}
