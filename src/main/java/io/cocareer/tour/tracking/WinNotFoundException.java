package io.cocareer.tour.tracking;

import java.util.UUID;

import io.cocareer.shared.NotFoundException;

/** No such win, or the caller may not see it. */
public class WinNotFoundException extends NotFoundException {

	public WinNotFoundException(UUID id) {
		super("tour.win.notFound", "Win %s not found".formatted(id));
	}

}
