/**
 * Mentoring programmes (issue 11, item 3): cohorts with a goal and dates (enrolling, matched as a
 * draft, running, ended); members of staff enrol as mentors (a capacity of 1 to 5 mentees, the
 * topics they can help with, their availability) and talents as mentees (their goals as topics,
 * a preferred mentor, someone outside their unit, a previous mentor again or not). The talent lead
 * runs the matching: a readable score in [0, 1] per pair ({@code internal.PairScoring}, weights in
 * {@link MentoringWeights}, logged with every run) solved exactly with
 * {@link io.cocareer.toolbox.assignment.Assignments#optimal} (capacities respected, load spread,
 * pins kept, forbidden pairs left out), then pins or forbids pairs, re-runs and publishes. While
 * the cohort runs each pair keeps an agreement both accept, a meetings log and, at the end, the
 * feedback of each side.
 * <p>
 * Who sees what ({@code internal.MentoringAccess}): the talent lead everything but the pairs'
 * private meeting notes; a mentor and a mentee their own pair (its notes too); a manager that a
 * direct report is in a cohort and with whom, nothing of the pair's words; administrators nothing;
 * for anyone else a cohort or a pair does not exist (404). The lead reads feedback only as averages
 * over five answers or more, the comments without names. Reacts to {@link io.cocareer.people.PersonLeft}
 * (an open enrolment is withdrawn, a running pair ended) and {@link io.cocareer.people.PersonErased}
 * (their words go: topics, goals, agreement texts, meeting notes and feedback comments).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: mentoring programmes")
package io.cocareer.toolbox.mentoring;
