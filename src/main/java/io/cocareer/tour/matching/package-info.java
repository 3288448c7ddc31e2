/**
 * Matching talents and work packages: the ranking of candidates for a package and of open packages
 * for a person, each score with its parts, its weights and the reasons that explain it, who sees
 * whom ({@link io.cocareer.tour.matching.MatchingAccess}), and what the package pages show of it
 * (the best candidates, the suggestions for a talent) as a section the catalogue's pages ask for.
 * <p>
 * Owns no table: it reads the catalogue, the tours' commitments and the talent pool. API at
 * {@code /api/v1/work-packages/{id}/candidates} and {@code /api/v1/work-packages/matches}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tours of duty: matching")
package io.cocareer.tour.matching;
