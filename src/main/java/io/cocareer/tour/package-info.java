/**
 * Tours of duty (The Alliance): the programme charter that frames every tour (versioned, saying
 * openly that there is no lifetime employment and no lifetime loyalty), the tour types, and the
 * catalogue of work packages that tours are made of, with the interest people express in them.
 * <p>
 * Owns the {@code tour_charter}, {@code work_package*} and {@code tour*} tables. Who sees and changes what is
 * decided in {@link io.cocareer.tour.WorkPackageService} and {@link io.cocareer.tour.CharterService}.
 * Publishes {@link io.cocareer.shared.AuditEvent}s for every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty",
		allowedDependencies = { "talent", "people", "shared" })
package io.cocareer.tour;
