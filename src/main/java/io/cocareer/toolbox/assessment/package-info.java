/**
 * Assessment centres (issue 11): the talent lead sets up a centre (title, day, purpose), its
 * exercises, the competencies it assesses (from the talent module's catalogue) and which exercise
 * observes which (the matrix), the participants (talents of the pool) and the assessors (staff,
 * never observing someone who reports to them). Assessors rate the participants they observe per
 * competency per exercise (1 to 5, with the evidence); the talent lead chairs the wash-up, records
 * a consensus per competency with a rationale, finalises it (optimistic versions) and releases
 * the participant's report, which writes the consensus levels into the talent's profile with
 * their source ({@link io.cocareer.talent.AssessedCompetencies}).
 * <p>
 * Every morning ({@code internal.AssessmentDailyJob}) a centre still open for ratings two days or
 * more after its day is late: each assessor with a rating sheet not complete is reminded once, and
 * the talent leads are told once how many sheets are missing (a count, no names;
 * {@code internal.AssessmentReminders}).
 * <p>
 * Who sees what is {@code internal.AssessmentAccess}'s alone: ratings and evidence only the
 * assessors of that centre (their own while rating; at the wash-up everyone's, except for their
 * own reports) and the talent lead; the participant only their released report; managers nothing
 * unless they assess; administrators nothing; for everybody else a centre does not exist (404).
 * Audit entries carry no ratings or notes; notices tell the assessors that ratings are due and
 * the participant that their report is released. Reacts to {@link io.cocareer.people.PersonErased}:
 * a participant's ratings, consensus and report go; an assessor's ratings stay, anonymised.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: assessment centres")
package io.cocareer.toolbox.assessment;
