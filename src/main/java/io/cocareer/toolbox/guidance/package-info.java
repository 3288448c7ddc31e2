/**
 * The seeds' guidance in the app (issue 11): each approach's seven "how to use" steps with what
 * each means and the screens that carry it out, the five "when to use" conditions with the classic
 * toolbox beside them, a checklist per approach whose progress comes from real data, and a
 * collapsed aside on every page that carries out a step ({@link io.cocareer.shared.web.PageGuidanceContributor}).
 * <p>
 * Staff (talent lead, manager, talent) read the guidance, each seeing the steps that are theirs
 * and only the screens they may open; the talent lead alone sees the checklists' progress and the
 * figures behind it (a figure about fewer than k people reads "too few to show"). Administrators
 * and alumni see none of it ({@code internal.GuidanceAccess}).
 * <p>
 * The figures come from a small read model of its own ({@code toolbox_guidance_signal}: ids only)
 * fed by the other approaches' events: {@link io.cocareer.tour.TourActivated},
 * {@link io.cocareer.tour.TourCompleted}, {@link io.cocareer.alumni.CareerHorizonSet},
 * {@link io.cocareer.alumni.ExitCompleted}, {@link io.cocareer.alumni.ReentryDecided},
 * {@link io.cocareer.alumni.ReturnRated}, {@link io.cocareer.people.PersonRehired} and, where a
 * module publishes no event of its own (the catalogue's packages, the network's shares, exchange,
 * plans and introductions, the alumni's policy, entry and conversations), the
 * {@link io.cocareer.shared.AuditEvent}s they publish for every change; and from the talent pool's
 * published API ({@link io.cocareer.talent.TalentPool#activeTalentIds()}). It reads no other module's
 * tables. {@link io.cocareer.people.PersonErased} removes the erased person's rows. The latest
 * when-to-use diagnostic comes from the {@link io.cocareer.toolbox.ToolboxFigures} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: guidance")
package io.cocareer.toolbox.guidance;
