package io.cocareer.alumni.conversation;

/** Who holds a conversation with the talent: the talent lead, or the talent's manager. */
public enum HolderKind {

	TALENT_LEAD, MANAGER

}
