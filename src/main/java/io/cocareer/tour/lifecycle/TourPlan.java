package io.cocareer.tour.lifecycle;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.tour.TourType;

/**
 * What a tour is proposed as: who takes it, from which work package, when, how much of their
 * week, and how often to check in. The agreement later sets the binding dates and share.
 * @param workPackageId the package the tour is made of ({@code null}: a tour outside the catalogue)
 * @param title defaults to the package's title
 * @param tourType defaults to the package's type
 */
public record TourPlan(UUID talentId, UUID workPackageId, String title, TourType tourType, LocalDate startOn,
		LocalDate endOn, Integer timeShare, Integer checkInCadenceDays) {

}
