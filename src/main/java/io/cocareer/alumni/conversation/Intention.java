package io.cocareer.alumni.conversation;

/** What the talent says they intend, in their own choice of words. */
public enum Intention {

	STAY, OPEN_INSIDE, MAY_LEAVE, LEAVING

}
