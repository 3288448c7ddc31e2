package io.cocareer.alumni.reentry;

/** How far an item of a repatriation plan has come. */
public enum ItemProgress {

	NOT_STARTED, UNDER_WAY, DONE

}
