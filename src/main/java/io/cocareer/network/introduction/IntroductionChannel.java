package io.cocareer.network.introduction;

/** How the broker made the introduction. */
public enum IntroductionChannel {

	EMAIL, MEETING, EVENT

}
