package io.cocareer.toolbox.counselling;

/** Who does a follow-up of a session: the talent or the counsellor. */
public enum FollowUpOwner {

	TALENT, COUNSELLOR

}
