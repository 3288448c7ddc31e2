/**
 * Tours of duty (The Alliance): the tour types and the tours themselves as every part reads them,
 * the record of their moves ({@code TourService.recordMove}, which publishes
 * {@link io.cocareer.tour.TourActivated} and {@link io.cocareer.tour.TourCompleted}), and the rule
 * that a talent's committed tours never take more than their week ({@code TimeShareLoad}).
 * <p>
 * Its parts that have become nested modules use this one and never the reverse:
 * {@link io.cocareer.tour.lifecycle proposing a tour, its plan and its moves},
 * {@link io.cocareer.tour.catalogue the charter and the work packages},
 * {@link io.cocareer.tour.matching matching}, {@link io.cocareer.tour.agreement the mission and
 * the agreement}, {@link io.cocareer.tour.tracking check-ins, coaching and wins},
 * {@link io.cocareer.tour.support resources and obstacles},
 * {@link io.cocareer.tour.review the closing review}, {@link io.cocareer.tour.overview the homes and
 * the talent lead's overview} and {@link io.cocareer.tour.demo the demo tours}. Where a tour needs
 * its work package (to be proposed from it, to show its title and sponsor, to staff it), this module
 * declares the question ({@link io.cocareer.tour.TourPackages}) and the catalogue answers it.
 * <p>
 * Owns the {@code tour*} tables but those of its nested modules. Who sees and does what with a
 * tour is decided in one place, {@code TourGuard} in {@code tour.internal}, for every part.
 * Publishes {@link io.cocareer.shared.AuditEvent}s for every change and
 * {@link io.cocareer.shared.Notice}s for what someone must be told.
 * <p>
 * Every part names who did what by person id ({@link io.cocareer.shared.ActedBy}) and looks the
 * names up when a page is read, in one statement ({@link io.cocareer.people.PeopleDirectory#names}),
 * so that an erased person ({@link io.cocareer.people.PersonErased}) shows as the neutral label.
 * The tours themselves and their history stay when their talent is erased: each part that holds
 * words the person wrote removes them in a listener of its own (see each part).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty",
		allowedDependencies = { "talent", "people", "shared" })
package io.cocareer.tour;
