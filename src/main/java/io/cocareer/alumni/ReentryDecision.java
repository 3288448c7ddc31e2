package io.cocareer.alumni;

/** What the re-evaluation of an alumnus who asks to come back decides. */
public enum ReentryDecision {

	FIT, NOT_NOW, NO

}
