/**
 * Tours of duty (The Alliance): the programme charter that frames every tour (versioned, saying
 * openly that there is no lifetime employment and no lifetime loyalty), the tour types, the
 * catalogue of work packages that tours are made of with the interest people express in them and
 * the matching of talents and packages, and the tours themselves: their lifecycle, mission
 * conversation, signed agreement, resources and obstacles, check-ins, coaching, wins and closing
 * review, with the talent lead's overview.
 * <p>
 * Owns the {@code tour_charter}, {@code work_package*} and {@code tour*} tables. Who sees and changes what is
 * decided in the services of this package ({@link io.cocareer.tour.TourService} for the tours).
 * Publishes {@link io.cocareer.shared.AuditEvent}s for every change and
 * {@link io.cocareer.shared.Notice}s for what someone must be told.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty",
		allowedDependencies = { "talent", "people", "shared" })
package io.cocareer.tour;
