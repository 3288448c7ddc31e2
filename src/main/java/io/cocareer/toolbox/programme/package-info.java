/**
 * Leadership and expert development programmes (issue 11, the classic toolbox): programmes with
 * tracks (leadership, expert), each a list of modules in order (title, description, expected
 * effort, required or not); cohorts of a track with a start, an end and maybe a capacity, whose
 * participants the talent lead enrols from the talent pool; progress per participant per module
 * (not started, in progress, completed on a day), kept by the participant and the talent lead;
 * completion once every required module is done; withdrawing keeps the history. The talent lead
 * changes what they built: names, descriptions, a module's effort, a track's kind until a cohort of
 * it began, a cohort's dates (by the rules of creating one), the order of modules and their removal
 * while no participant has progress on them; each change names the version it was read at.
 * <p>
 * Who sees what is {@code internal.ProgrammeAccess}'s: the catalogue (programmes, tracks, modules,
 * cohorts) is for all staff; a participant's progress for the participant, their manager and the
 * talent lead, nobody else (rows are left out, a participation is a 404). A talent's programmes
 * show on their profile ({@link io.cocareer.shared.web.PageSlot#TALENT_PROFILE}) for the same
 * readers. Reacts to {@link io.cocareer.people.PersonLeft} (withdrawn from running cohorts) and
 * {@link io.cocareer.people.PersonErased} (their participations go). Offers the overview its figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: leadership and expert development programmes")
package io.cocareer.toolbox.programme;
