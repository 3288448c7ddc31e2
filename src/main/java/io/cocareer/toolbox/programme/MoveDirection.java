package io.cocareer.toolbox.programme;

/** Where a module moves in its track: one place earlier or one place later. */
public enum MoveDirection {

	UP, DOWN

}
