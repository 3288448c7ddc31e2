/**
 * Open developmental networks (issue 9): each talent's private map of the people who support
 * their career, inside and outside the organisation, and what it says about their development.
 * <p>
 * The root holds the vocabulary its nested modules share (arenas, roles, Kram's support
 * functions, contact frequencies) and uses none of them. {@link io.cocareer.network.health}
 * measures a map; {@link io.cocareer.network.map} keeps the signed-in talent's own map (developers,
 * the ties between them, the developers they want) and shows its health; {@code network.demo}
 * seeds the demo's maps. A map is visible only to its talent: the talent lead, managers and
 * administrators see none of it ({@code map.internal.MapAccess}). Internal developers
 * are named by person id, so the people module's names show; when a person is erased, their own
 * map goes and they stay on others' maps unnamed. Sharing, the exchange, the plan, introductions
 * and the review across talents follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks",
		allowedDependencies = { "shared", "people", "talent" })
package io.cocareer.network;
