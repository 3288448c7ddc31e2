/**
 * The measures of a developmental network (DOMAIN.md §2): Burt's effective size, efficiency,
 * constraint and hierarchy over an ego network weighted by closeness, as NetworkX computes them
 * per node, and the diversity of the developers' arenas (Blau, IQV, Shannon). Pure calculations
 * over a JGraphT graph: no storage, no access rules (the caller decides whose map it may measure).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks: health measures")
package io.cocareer.network.health;
