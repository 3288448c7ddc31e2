package io.cocareer.network;

/** What a share shows: the whole map with its developers' names, or only the health summary (no names). */
public enum ShareScope {

	MAP, HEALTH

}
