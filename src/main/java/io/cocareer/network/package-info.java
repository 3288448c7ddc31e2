/**
 * Open developmental networks (issue 9): each talent's private map of the people who support
 * their career, inside and outside the organisation, and what it says about their development.
 * <p>
 * So far it holds only the measures of a map ({@link io.cocareer.network.health}); the map
 * itself, sharing, the exchange, the plan, introductions and the review across talents follow.
 * A talent's map is visible only to that talent unless they share it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks",
		allowedDependencies = { "shared" })
package io.cocareer.network;
