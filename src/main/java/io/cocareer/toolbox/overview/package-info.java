/**
 * The talent lead's programme overview and the infographic (issue 11, items 9 and 10). The
 * overview ({@code /toolbox/overview}) shows the state of every career co-creation approach (tours,
 * networks, alumni: key figures and a link to each review) and of the classic practices (every
 * {@link io.cocareer.toolbox.ToolboxFigures} bean, grouped by its section), with the main trends of
 * the last 12 months drawn as charts and exported as CSV. The infographic
 * ({@code /toolbox/infographic}, {@code /api/v1/infographic.svg|pdf}) says what is in the toolbox
 * and when to use it, or how to use the approaches, generic or with the organisation's own figures,
 * as SVG or as a PDF for A4 or Letter, made from data with its text extractable.
 * <p>
 * Who sees what ({@code internal.OverviewAccess}): the talent lead alone sees the overview, its
 * exports and the organisation's figures; managers and talents download the generic infographic;
 * administrators and alumni nothing. Every figure is an aggregate: one over fewer than k people
 * (k = {@code cocareer.network.min-group-size}, at least 5) is left blank and says so.
 * <p>
 * The trends come from a read model of its own, fed by the other modules' events through
 * {@code @ApplicationModuleListener} ({@link io.cocareer.tour.TourActivated},
 * {@link io.cocareer.tour.TourCompleted}, {@link io.cocareer.people.PersonHired},
 * {@link io.cocareer.people.PersonRehired}, {@link io.cocareer.people.PersonLeft},
 * {@link io.cocareer.alumni.ExitCompleted}), each with the event's own date, and filled once from
 * their published APIs when it starts empty. {@link io.cocareer.people.PersonErased} takes the
 * person's id out of its facts (the counts stay). It reads no other module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: programme overview and infographic")
package io.cocareer.toolbox.overview;
