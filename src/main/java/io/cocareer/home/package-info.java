/**
 * The home page of each role: "my space" for a talent, "my team" for a manager, the programme
 * overview for the talent lead, the alumni space and the administrator's overview.
 * <p>
 * Owns no tables; reads the other modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home", allowedDependencies = { "people", "identity", "talent", "shared" })
package io.cocareer.home;
