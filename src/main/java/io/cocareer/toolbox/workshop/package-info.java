/**
 * Career planning workshops (issue 11, the classic toolbox): events with a facilitator, a start,
 * a duration, a place or a video link, a capacity and an audience (everyone on staff, or talents
 * only). People in the audience enrol themselves; the talent lead or the facilitator enrol
 * someone. A full workshop puts newcomers on a waiting list in order; when a seat frees (someone
 * leaves, the capacity is raised, a person leaves the organisation) the first in line moves up in
 * the same transaction and is told with a notice. Enrolment closes at the start. Afterwards the
 * facilitator or the talent lead record attendance and share materials, and attendees rate it.
 * <p>
 * Who sees and does what is {@code internal.WorkshopAccess}'s: a workshop is seen by its audience,
 * its facilitator, the talent lead and whoever holds a seat in it; for anybody else it does not
 * exist (404). The list of who is enrolled and waiting, attendance and the feedback summary are
 * the facilitator's and the talent lead's; feedback is shown to them only as an average and
 * unnamed comments, once at least three attendees answered. Administrators and alumni see none.
 * Reacts to {@link io.cocareer.people.PersonLeft} (their future seats go, the line moves up) and
 * {@link io.cocareer.people.PersonErased} (all their seats and feedback go). Offers the toolbox
 * figures {@link io.cocareer.toolbox.ToolboxFigures} as aggregates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: career planning workshops")
package io.cocareer.toolbox.workshop;
