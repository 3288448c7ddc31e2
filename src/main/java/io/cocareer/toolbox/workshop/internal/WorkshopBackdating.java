package io.cocareer.toolbox.workshop.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo only: moves a workshop back in time by some days, so that what was played today
 * through the service reads as held weeks ago.
 */
@Component
public class WorkshopBackdating {

	private final Workshops workshops;

	WorkshopBackdating(Workshops workshops) {
		this.workshops = workshops;
	}

	@Transactional
	public void backdate(UUID workshopId, int days) {
		this.workshops.findById(workshopId).ifPresent((w) -> w.backdate(days));
	}

}
