package io.cocareer.people;

public enum PersonStatus {

	ACTIVE, ON_LEAVE, LEFT

}
