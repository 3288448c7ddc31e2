/**
 * Career counselling (issue 11, the classic toolbox): one-to-one sessions between a talent and a
 * counsellor (the talent lead, a manager or another employee the talent lead keeps on the list of
 * counsellors). A talent requests a session on a topic; the talent lead or the counsellor schedules
 * it (a time, a place or a video link, an iCalendar invite); it is held, its notes written and its
 * follow-ups agreed, or it is cancelled with a reason. Every morning the owner of a follow-up due
 * today or overdue is reminded once ({@code internal.CounsellingDailyJob}).
 * <p>
 * Confidential to the talent, the counsellor and the talent lead ({@code internal.CounsellingAccess}):
 * for anybody else (the talent's manager too, unless they counsel) a session does not exist (404);
 * lists, audit entries and notices never carry its notes. Reacts to
 * {@link io.cocareer.people.PersonLeft} (their open sessions are cancelled, they leave the list of
 * counsellors) and {@link io.cocareer.people.PersonErased} (their sessions as talent are deleted;
 * where they counselled, they are no longer named and the notes go). Offers the overview its
 * figures ({@link io.cocareer.toolbox.ToolboxFigures}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: career counselling")
package io.cocareer.toolbox.counselling;
