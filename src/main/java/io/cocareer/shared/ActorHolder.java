package io.cocareer.shared;

/**
 * Implemented by the security principal of the identity module, so that web code in any
 * module can get at the {@link Actor} without depending on identity.
 */
public interface ActorHolder {

	Actor actor();

}
