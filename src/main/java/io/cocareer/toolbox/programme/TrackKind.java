package io.cocareer.toolbox.programme;

/** The two kinds of development track. */
public enum TrackKind {

	LEADERSHIP, EXPERT

}
