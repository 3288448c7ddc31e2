package io.cocareer.network;

/** What a developer is to the talent (DOMAIN.md §1.1: anyone who takes an active interest in their career). */
public enum DeveloperRole {

	MENTOR, SPONSOR, COACH, PEER, FRIEND, ROLE_MODEL, MANAGER, FAMILY, OTHER

}
