/**
 * Recruit for connections (issue 9, step 1): candidates with the communities, organisations, arenas
 * and domains they connect to, and the reach they would add: what the organisation does not reach
 * yet, counted from talents' maps only where at least {@code k} talents reach it
 * ({@link io.cocareer.network.map.NetworkReach}), so the evaluation reveals no one's map. A hired
 * candidate becomes a person through the people module and keeps their assets; on their own
 * network page they find them, one step from their map. Candidates are the talent lead's (and a
 * hiring manager's own); nobody else, administrators included, sees them
 * ({@code internal.RecruitAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks: recruit for connections")
package io.cocareer.network.recruit;
