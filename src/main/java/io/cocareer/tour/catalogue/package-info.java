/**
 * The programme charter and the catalogue of work packages that tours are made of: the charter's
 * versions, the packages with their required competencies and quality ratings, their lifecycle,
 * and the interest people express in them (their sponsor is told).
 * <p>
 * Owns the {@code tour_charter} and {@code work_package*} tables. Pages at
 * {@code /tours/packages} and {@code /tours/charter}, API at {@code /api/v1/work-packages} and
 * {@code /api/v1/tours/charter}. It answers the tour's questions about its package
 * ({@link io.cocareer.tour.TourPackages}); what other parts of the tours add to its pages
 * (matching's candidates and suggestions) they contribute as a
 * {@link io.cocareer.tour.catalogue.WorkPackagePageSection}.
 * <p>
 * Names who wrote the charter and the packages by person id. When a person is erased
 * ({@link io.cocareer.people.PersonErased}) their interest in packages goes with its note; what
 * they wrote of the charter and the packages stays, being the organisation's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: charter and work packages")
package io.cocareer.tour.catalogue;
