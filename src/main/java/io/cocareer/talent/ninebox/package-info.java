/**
 * The 9-box: the active talent pool by performance and potential, and the names of its nine
 * cells, for the talent lead.
 * <p>
 * Writes the {@code nine_box_label} table (every part reads the labels through the parent's
 * {@code TalentReadModel}). Pages at {@code /talents/nine-box}, API at
 * {@code /api/v1/talents/nine-box}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent: 9-box")
package io.cocareer.talent.ninebox;
