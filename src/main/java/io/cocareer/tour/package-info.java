/**
 * Tours of duty (The Alliance): the programme charter that frames every tour (versioned, saying
 * openly that there is no lifetime employment and no lifetime loyalty), the tour types, the
 * catalogue of work packages that tours are made of with the interest people express in them and
 * the matching of talents and packages, and the tours themselves: their lifecycle, mission
 * conversation, signed agreement, check-ins, coaching and wins.
 * <p>
 * Its parts that have become nested modules use this one and never the reverse:
 * {@link io.cocareer.tour.matching matching}, {@link io.cocareer.tour.agreement the mission and
 * the agreement}, {@link io.cocareer.tour.tracking check-ins, coaching and wins},
 * {@link io.cocareer.tour.support resources and obstacles},
 * {@link io.cocareer.tour.review the closing review}, {@link io.cocareer.tour.overview the homes and
 * the talent lead's overview} and {@link io.cocareer.tour.demo the demo tours}. Where this module's
 * pages show what a nested module adds (matching's candidates on a package's page), the nested
 * module contributes it through a type declared here ({@link io.cocareer.tour.WorkPackagePageSection}).
 * <p>
 * Owns the {@code tour_charter}, {@code work_package*} and {@code tour*} tables. Who sees and does
 * what with a tour is decided in one place, {@code TourGuard} in {@code tour.internal}, for every
 * part. Publishes {@link io.cocareer.shared.AuditEvent}s for every change and
 * {@link io.cocareer.shared.Notice}s for what someone must be told.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty",
		allowedDependencies = { "talent", "people", "shared" })
package io.cocareer.tour;
