/**
 * Rotation planning for tours of duty (issue 11): the talent lead picks a cohort of talents (from
 * the talent pool, filtered by unit) and open rotational work packages with their free seats, and
 * the plan places the cohort on the seats with the optimal assignment ({@code toolbox.assignment})
 * on the tours' matching scores (× 1000): a week already full over a package's dates or a pair the
 * lead forbids is not allowed, a pinned pair is kept. Each proposed pair carries its explanation,
 * each talent left without a seat why. Confirming proposes every tour in one step through
 * {@link io.cocareer.tour.TourPlanning} (all or nothing); a plan whose packages filled or closed
 * since is refused with what changed.
 * <p>
 * Who sees what is decided in {@code internal.RotationAccess}: the talent lead plans and reads
 * every plan; a manager reads a plan whose cohort holds one of their direct reports, and only those
 * reports' lines; talents see no plan (their tour shows on the tours' pages once proposed);
 * anybody else is refused. Reacts to {@link io.cocareer.people.PersonErased} (the person's lines
 * leave every plan).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: rotation planning")
package io.cocareer.toolbox.rotation;
