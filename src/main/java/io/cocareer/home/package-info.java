/**
 * The home page of each role: "my space" for a talent, "my team" for a manager, the programme
 * overview for the talent lead, the alumni space and the administrator's overview.
 * <p>
 * Owns no tables; reads the other modules' APIs. Modules it does not depend on (tours) add their
 * part of a home through {@link io.cocareer.shared.web.PageSectionContributor}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home", allowedDependencies = { "people", "identity", "talent", "shared" })
package io.cocareer.home;
