package io.cocareer.tour.catalogue;

import java.time.Instant;
import java.util.UUID;

/** Someone who would like to take part in a work package. */
public record InterestView(UUID personId, String employeeId, String name, String title, String unitName, String note,
		Instant expressedAt) {

}
