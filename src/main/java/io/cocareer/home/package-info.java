/**
 * The home page of each role: "my space" for a talent, "my team" for a manager, the programme
 * overview for the talent lead, the alumni space and the administrator's overview.
 * <p>
 * Owns no tables and lays out what the modules contribute: their cards
 * ({@link io.cocareer.shared.web.HomeCardContributor}) and sections
 * ({@link io.cocareer.shared.web.PageSectionContributor}); it reads only the reader's name and
 * team size from people, to greet them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home", allowedDependencies = { "people", "shared" })
package io.cocareer.home;
