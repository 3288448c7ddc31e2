/**
 * The alumni register: everyone who left in good standing through an exit protocol (or whose
 * earlier exit was recorded), with the contact consent they gave at exit, the interactions log
 * (events, collaborations, referrals, contacts) and the tier it places them in.
 * <p>
 * It makes an alumnus from {@link io.cocareer.alumni.ExitCompleted} in the exit's own transaction
 * (someone dismissed for cause is not in good standing and does not join), and follows them on:
 * {@link io.cocareer.people.PersonRehired} (a boomerang), leaving again, the rating before exit
 * ({@link io.cocareer.alumni.ReentryDecided}) and after return ({@link io.cocareer.alumni.ReturnRated}),
 * and {@link io.cocareer.people.PersonErased} (their email and the words of their interactions go;
 * dates and kinds stay for anonymous figures).
 * <p>
 * Who reads what is {@code internal.RegisterAccess}: an alumnus their own record, the talent lead
 * everyone's; the other alumni modules read through the trusted reads, behind their own policies.
 * Withdrawn consent makes an alumnus not {@link io.cocareer.alumni.register.AlumniRegister#contactable
 * contactable} at once: every module asks before it writes to an alumnus.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: the register")
package io.cocareer.alumni.register;
