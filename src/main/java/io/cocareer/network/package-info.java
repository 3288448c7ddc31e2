/**
 * Open developmental networks (issue 9): each talent's private map of the people who support
 * their career, inside and outside the organisation, and what it says about their development.
 * <p>
 * The root holds the vocabulary its nested modules share (arenas, roles, Kram's support
 * functions, contact frequencies, k: {@link io.cocareer.network.GroupSizeSettings}) and uses none
 * of them. {@link io.cocareer.network.health} measures a map; {@link io.cocareer.network.map} keeps
 * each person's own map (developers, the ties between them, the developers they want), its health
 * and its shares; {@code network.exchange} is the marketplace of offers and requests;
 * {@code network.plan} the development plan with its networking fund; {@code network.introduction}
 * the introductions a broker makes; {@code network.recruit} the candidates and the reach they add;
 * {@code network.review} the talent lead's view across talents; {@code network.demo} and each
 * nested module's {@code demo} seed the demo.
 * <p>
 * A map is visible only to its talent unless they share it: the talent lead, managers and
 * administrators see none of it ({@code map.internal.MapAccess}). What leaves the map for the other
 * nested modules is counts over at least k talents ({@code map.NetworkReach}, for recruitment), or
 * every map read at once by the review's service alone ({@code map.MapsForReview}), which shows only
 * suppressed counts over groups of at least k.
 * Each nested module decides who sees its own records in one access policy in its
 * {@code internal}. Internal developers are named by person id, so the people module's names show;
 * when a person is erased, their own map goes and they stay on others' maps unnamed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks",
		allowedDependencies = { "shared", "people", "talent" })
package io.cocareer.network;
