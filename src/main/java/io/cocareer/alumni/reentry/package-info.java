/**
 * Re-entry, rehire and repatriation (issue 10, steps 7 and 8): an alumnus asks to come back from
 * the portal (or the talent lead starts it for them); the talent lead and the hiring manager they
 * name read the relationship since exit from {@code alumni.register} and re-evaluate alignment on
 * DOMAIN.md §4.2's factors ({@link io.cocareer.alumni.reentry.ReentryFit}); the decision (fit, not
 * now, no) is recorded with its rationale and published as {@link io.cocareer.alumni.ReentryDecided}.
 * A fit is rehired through the people module (a new employment period of the same person), and a
 * repatriation plan runs the return up to a first tour of duty and a 12-month review
 * ({@link io.cocareer.alumni.ReturnRated}).
 * <p>
 * The evaluation is read only by the talent lead and the hiring manager named on the request;
 * the alumnus sees their request's status and, once decided, the decision, never the evaluation;
 * the plan is read by the lead, the hiring manager and the boomerang. One policy decides it:
 * {@code internal.ReentryAccess}. Owns {@code alumni_reentry_request}, {@code alumni_repatriation_plan}
 * and {@code alumni_repatriation_item}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: re-entry, rehire and repatriation")
package io.cocareer.alumni.reentry;
