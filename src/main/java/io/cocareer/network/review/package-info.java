/**
 * The review across talents' networks (issue 9, step 8), for the talent lead only: how the
 * pool's maps are distributed over each health measure, which arenas the pool reaches, who reaches
 * outside the organisation, how many lean on the same few mentors, which units have no bridge
 * between them, how the figures moved month by month, and advice in words. Every figure describes
 * k or more talents ({@code network.GroupSizeSettings}); {@code internal.Suppression} hides a second
 * cell wherever a total minus the shown cells would reveal a smaller group, over one table for every
 * filter. It reads the maps through {@code network.map.MapsForReview} and never shows one talent's map.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Developmental networks: review across talents")
package io.cocareer.network.review;
